"""Render a page's figures for a shareable configuration to PNG/SVG files, without a browser window:

    python -m nnlab_export --page playground --query "dataset=xor&hidden_layers=4" --format png \
        --out slides/ --width 800 --height 600 --scale 3
"""
