"""Devices at the counter: printer addresses, connections that carry bytes, the print queue.

Why bytes only: what is printed is drawn by ``reports`` (Qt); the core only stores jobs and
moves their bytes, so it never imports Qt and the queue works the same for every document.
"""
