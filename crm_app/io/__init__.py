"""Import, export and backups. Qt-free: the CLI, the GUI wizard and tests call the same functions.

    from crm_app.io.importer import ImportOptions, run_import, preview
    from crm_app.io.export import export_all, export_rows
    from crm_app.io.backup import auto_backup, backup_to, restore
"""
