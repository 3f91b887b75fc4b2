"""Pipeline assets of newsfacts (installed as ``newsfacts.assets``); see README.md here."""
