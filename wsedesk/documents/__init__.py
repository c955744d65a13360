"""PDF documents: letterhead layout, fonts, Dutch formatting, letter templates and letter kinds."""
