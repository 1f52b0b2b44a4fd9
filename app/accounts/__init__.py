"""Who may do what: accounts and roles, the lockout rules, the sealed audit log of account
changes, the encrypted secrets store and the signing key's password attempts."""
