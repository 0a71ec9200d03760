# SPDX-License-Identifier: MIT
"""Draw a bit layout as text, one 64-bit row per line group, high bits on
the left, like the figures in the SDM."""

ROW_BITS = 64


def _segments(descriptor, row_low):
    """(high, low, label) of each field piece inside one 64-bit row."""
    labels = {"zero": "reserved (0)", "one": "reserved (1)",
              "ignored": "reserved"}
    return sorted(((high, low, labels.get(f.reserved, f.name)) for f, low, high
                   in descriptor.pieces(row_low, row_low + ROW_BITS - 1)),
                  reverse=True)


def diagram(descriptor):
    lines = []
    top_row = (descriptor.bits - 1) // ROW_BITS * ROW_BITS
    for row_low in range(top_row, -1, -ROW_BITS):
        segs = _segments(descriptor, row_low)
        # One column per bit where the labels fit, so widths compare.
        widths = [max(len(label) + 4, len(str(h)) + len(str(l)) + 3, h - l + 1)
                  for h, l, label in segs]
        ruler = ""
        for (h, l, _), w in zip(segs, widths):
            ruler += str(h).ljust(w - len(str(l))) + str(l) + " "
        border = "+" + "+".join("-" * w for w in widths) + "+"
        body = "|" + "|".join(label.center(w) for (_, _, label), w
                              in zip(segs, widths)) + "|"
        lines += [" " + ruler.rstrip(), border, body, border]
        if row_low > 0:
            lines.append("")
    return lines
