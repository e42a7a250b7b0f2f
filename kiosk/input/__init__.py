"""Ways to write text besides the Pinyin keys: handwriting (``kiosk.input.handwriting``). Qt-free."""
