"""The lecture's programs as they are shown on the pages: plain NumPy and PyTorch loops."""
