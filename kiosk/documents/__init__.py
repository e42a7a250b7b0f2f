"""Documents printed on A4: issued certificates and records, and the terminal's own application form."""
