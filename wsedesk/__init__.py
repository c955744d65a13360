"""WSE Desk: the desktop program of the Departement Werk en Sociale Economie."""

APP_NAME = "WSE Desk"
APP_ID = "wsedesk"
ORG_NAME = "Departement Werk en Sociale Economie"
__version__ = "0.1.0"
