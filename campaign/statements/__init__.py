"""Endorsements of statements: the public form, moderation, e-mails and personal
data. Follows the stories pipeline and reuses its spam defences."""
