# SPDX-License-Identifier: MIT
"""Tables: enums, VMCS fields, numbered tables (errors, exit reasons) and
capability MSRs with their bits."""

from model.base import Item

VMCS_WIDTHS = (16, 64, 32, "natural")          # index = bits 14:13
VMCS_TYPES = ("control", "exit_info", "guest_state", "host_state")  # 11:10
VMCS_WIDTH_TEXT = ("16-bit", "64-bit", "32-bit", "natural-width")
VMCS_TYPE_TEXT = ("control", "VM-exit information (read-only)",
                  "guest-state", "host-state")


class EnumValue:
    def __init__(self, enum, raw, where):
        self.enum = enum
        self.name = raw["name"]
        self.value = raw["value"]
        self.summary = raw.get("summary", "")
        self.capability_name = raw.get("capability")
        self.capability = None  # CapabilityBit, resolved by build()
        self.where = where


class Enum(Item):
    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.name = raw["name"]
        self.prefix = raw["prefix"]
        self.summary = raw["summary"]
        self.sdm = raw["sdm"]
        self.capability_name = raw.get("capability")
        self.capability = None
        self.values = [EnumValue(self, v, self.where("values", i))
                       for i, v in enumerate(raw["values"])]

    @property
    def has_capabilities(self):
        return self.capability is not None or any(
            v.capability for v in self.values)

    @property
    def instruction_name(self):
        """Which instruction the enum's capability is about: the capability
        bit of the enum itself names it ('invept')."""
        return self.capability.name if self.capability else self.name


class VmcsField(Item):
    def __init__(self, source, path, raw, diag):
        super().__init__(source, path)
        self.name = raw["name"]
        self.encoding = raw["encoding"]
        self.width = raw["width"]       # 16, 32, 64 or 'natural'
        self.type = raw["type"]
        self.sdm = raw["sdm"]
        self.summary = raw.get("summary", "")
        self.read_only = self.type == "exit_info"
        self.decode_name = raw.get("decode")    # a layout or enum, or None
        enc = self.encoding
        where = self.where("encoding")
        width_bits = (enc >> 13) & 3
        type_bits = (enc >> 10) & 3
        if enc & 1:
            diag.error(where, "encoding 0x%04x of '%s' has bit 0 (access "
                       "type) set, which selects the high half of a 64-bit "
                       "field; list the full encoding 0x%04x and vmxgen "
                       "derives the high one" % (enc, self.name, enc & ~1))
        if enc & ~0x6FFF:
            diag.error(where, "encoding 0x%04x of '%s' sets reserved bits "
                       "(bit 12 and bits 31:15 must be 0)" % (enc, self.name))
        if VMCS_WIDTHS[width_bits] != self.width:
            diag.error(where, "encoding 0x%04x of '%s' has width bits 14:13 "
                       "= %d (%s) but the field is declared width %s"
                       % (enc, self.name, width_bits,
                          VMCS_WIDTH_TEXT[width_bits], self.width))
        if VMCS_TYPES[type_bits] != self.type:
            diag.error(where, "encoding 0x%04x of '%s' has type bits 11:10 "
                       "= %d (%s) but the field is declared type %s"
                       % (enc, self.name, type_bits,
                          VMCS_TYPE_TEXT[type_bits], self.type))

    @property
    def width_text(self):
        return VMCS_WIDTH_TEXT[VMCS_WIDTHS.index(self.width)]

    @property
    def type_text(self):
        return {"control": "control", "exit_info": "VM-exit information",
                "guest_state": "guest-state",
                "host_state": "host-state"}[self.type]


class Numbered(Item):
    """An entry of a numbered table: VM-instruction errors, exit reasons."""

    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.number = raw["number"]
        self.name = raw["name"]
        self.description = raw["description"]
        # Exit reasons: {field or member name: layout name} of the
        # exit-information fields an exit for this reason fills.
        self.decode_names = dict(raw.get("decode", {}))


class CapabilityBit:
    def __init__(self, msr, raw, where):
        self.msr = msr
        self.bit = raw["bit"]
        self.name = raw["name"]
        self.description = raw.get("description", "")
        self.where = where


class Capability(Item):
    """A capability MSR and the bits of it the spec names."""

    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.name = raw["name"]
        self.short_name = raw["short_name"]
        self.msr = raw["msr"]
        self.sdm = raw["sdm"]
        self.bits = [CapabilityBit(self, b, self.where("bits", i))
                     for i, b in enumerate(raw.get("bits", []))]


class ControlBit:
    def __init__(self, group, raw, where):
        self.group = group
        self.bit = raw["bit"]
        self.name = raw["name"]
        self.sdm_name = raw["sdm_name"]
        self.summary = raw.get("summary", "")
        self.where = where


class ControlGroup(Item):
    """A VM-execution, VM-exit or VM-entry control field and its bits, and
    the capability MSRs that say which settings the CPU allows: for a
    32-bit group, bits 31:0 of the MSR are the allowed-0 settings (a 1
    there forces the control to 1) and bits 63:32 the allowed-1 settings;
    a 64-bit group's MSR holds allowed-1 settings only (SDM Appendix A)."""

    def __init__(self, source, path, raw, diag):
        super().__init__(source, path)
        self.name = raw["name"]
        self.constant = raw["constant"]
        self.value = raw["value"]
        self.width = raw["width"]
        self.msr_name = raw["msr"]
        self.true_msr_name = raw.get("true_msr")
        self.field_name = raw["field"]
        self.sdm = raw["sdm"]
        self.msr = self.true_msr = self.field = None
        self.bits = []
        for i, b in enumerate(raw["bits"]):
            bit = ControlBit(self, b, self.where("bits", i))
            if bit.bit >= self.width:
                diag.error(bit.where, "bit %d of control group '%s' is past "
                           "its width of %d bits" % (bit.bit, self.name,
                                                     self.width))
                continue
            self.bits.append(bit)

    @property
    def allowed0_in_msr(self):
        """Whether the MSR reports allowed-0 settings (forced-1 bits)."""
        return self.width == 32


class FixedRegister(Item):
    """A register some of whose bits VMX operation fixes, and the pair of
    capability MSRs that say which: a 1 in FIXED0 fixes the bit to 1, a 0
    in FIXED1 fixes it to 0 (SDM Appendix A.7, A.8)."""

    def __init__(self, source, path, raw):
        super().__init__(source, path)
        self.name = raw["name"]
        self.fixed0_name = raw["fixed0"]
        self.fixed1_name = raw["fixed1"]
        self.sdm = raw["sdm"]
        self.summary = raw.get("summary", "")
        self.fixed0 = self.fixed1 = None
