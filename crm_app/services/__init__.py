"""Use cases. Each public function takes a Session that the caller opened for one user action
(`with db.write() as s:`), so an action is exactly one transaction. No Qt here."""
