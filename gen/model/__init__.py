# SPDX-License-Identifier: MIT
"""The model of the spec: facts only.

Plain objects built from the loaded, schema-checked YAML, with every fact a
backend needs derived once (operand widths per mode, which registers an
instruction reads and writes, layout members and reserved ranges, outcome
sets, encodings as byte patterns).  Nothing here knows a programming
language: no C or Rust syntax, no name prefixes, no compiler workarounds.
Those belong to gen/backends/.

    base.py         what every entry has: its place in the spec (Item, at())
    isa.py          an instruction set: its name and status model
    encoding.py     opcode bytes and the ModRM byte as sets of byte values
    registers.py    the general-purpose registers
    instruction.py  instructions and their operands (a status register
                    shared with an input: status_input, status_carrier_width)
    layout.py       bit layouts and byte-offset layouts
    tables.py       enums, VMCS fields, numbered tables, capability MSRs,
                    control groups, fixed registers
    entry.py        the guest entry: register struct, what the CPU keeps,
                    what the host must save (the SysV callee-saved rule)
    checks.py       what needs more than one entry; build() ties it together
                    and derives what needs all of an ISA (layouts_in_order)
"""

from model.checks import build  # noqa: F401
