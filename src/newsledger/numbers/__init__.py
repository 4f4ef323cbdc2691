"""Numbers in news text: numerals and number words, vague amounts, units, and what a number counts."""
