"""Import and export: spreadsheets in and out. No Qt."""
