"""What `crm-app` checks before Qt gets a chance to abort."""
from crm_app.ui.app import debian_package, missing_window_libraries


def test_library_names_map_to_debian_packages():
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libEGL.so.1") == "libegl1"
    assert debian_package("libxcb-render-util.so.0.0.0") == "libxcb-render-util0"


def test_no_check_when_another_platform_plugin_is_chosen(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert missing_window_libraries() == []
