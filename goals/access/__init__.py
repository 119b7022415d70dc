"""Who may do what: roles, actors, passwords and report links (pure rules, no SQL, no UI).

The store keeps accounts, role grants, links and the audit trail (goals.store.access,
goals.store.audit); the services (goals.services.accounts, goals.services.writes,
goals.services.file_import) ask
`allowed()` before every write, and the pages ask it before showing anything.
"""
