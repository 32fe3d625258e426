"""Thai translations of the wallet pages, one catalogue per page area (English source
string → Thai). Kept apart from the page modules so the web layer can merge them at import
without importing the pages."""
