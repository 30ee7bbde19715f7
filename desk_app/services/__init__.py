"""Use cases of the desk. Each public function takes the open ``Database`` (or a session given by
one of its transactions), does one thing in one transaction, and returns what changed. Widgets and
the command line call these; nothing else writes SQL."""
