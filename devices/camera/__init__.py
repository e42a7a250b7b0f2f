"""Cameras: capture, an emulator that plays files, documents, faces, liveness and QR from frames.

Frames are ``numpy`` BGR arrays (OpenCV's order). They live in memory only: nothing here writes a
frame to disk, because faces and scanned papers are personal data.
"""
