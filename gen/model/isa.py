# SPDX-License-Identifier: MIT
"""An instruction set: the folder spec/<name>/ and its isa.yaml.

The ISA's name is what the backends prefix their names with; its status
model says how its instructions report success or failure unless one says
otherwise.
"""

from model.base import Item


class Outcome:
    """One way an rflags-reporting instruction can complete."""

    def __init__(self, raw, where):
        self.name = raw["name"]             # as the manual says: VMfailValid
        self.constant = raw["constant"]     # FAIL_VALID
        self.value = raw["value"]
        self.flag = raw["flag"]             # none, cf, zf: the flag that says so
        self.summary = raw["summary"]
        self.returns = raw.get("returns")   # why, in a sentence about a return
        # Whether this outcome leaves an error number (VMfailValid: in
        # the VMCS's VM-instruction error field).
        self.error_number = raw.get("error_number", False)
        # Why a correct caller never sees it, if that is so: the wrappers
        # mark its path cold (VMfailInvalid: no current VMCS is the
        # caller's bug, where VMfailValid reports a condition).
        self.cold = raw.get("cold")
        self.where = where

    @property
    def succeeded(self):
        return self.flag == "none"


class StatusModel:
    """rflags: CF/ZF after the instruction name an outcome; none: nothing
    is reported (the instruction succeeds or faults)."""

    def __init__(self, raw, where):
        self.kind = raw["kind"]
        self.summary = raw.get("summary", "")
        self.note = raw.get("note", "")
        self.outcomes = [Outcome(o, where("outcomes", i))
                         for i, o in enumerate(raw.get("outcomes", []))]
        # What a wrapper reports when its instruction faulted (#UD, #GP)
        # and an exception fixup resumed it: not an outcome of the
        # instruction, a status of the wrapper.
        fault = raw.get("fault")
        self.fault = None if fault is None else Outcome(
            dict(fault, name="fault", flag="fault"), where("fault"))
        # False once the checks found the outcomes contradict each other
        # (two successes): facts derived from them are not reported on.
        self.consistent = True

    def outcome(self, name):
        for o in self.outcomes:
            if o.name == name:
                return o
        return None

    @property
    def error_outcome(self):
        """The outcome that leaves an error number, if any."""
        for o in self.outcomes:
            if o.error_number:
                return o
        return None

    @property
    def success(self):
        for o in self.outcomes:
            if o.succeeded:
                return o
        return None


class ExitTable:
    """How an ISA's exit reasons are numbered and named: the table's C
    name, the width of a number (negative numbers are its two's
    complement: AMD's VMEXIT_INVALID is -1 in a 64-bit EXITCODE), the
    width of the value a lookup takes (a wider value is cut to the number's
    width first, as VMX's basic exit reason is bits 15:0 of a 32-bit
    field) and that parameter's name."""

    # An ISA that does not say: numbers of 16 bits in a 32-bit value.
    DEFAULT = {"name": "exit_reason", "bits": 16, "value_bits": 32,
               "parameter": "reason"}

    def __init__(self, raw, where):
        raw = dict(self.DEFAULT, **(raw or {}))
        self.name = raw["name"]
        self.bits = raw["bits"]
        self.value_bits = raw["value_bits"]
        self.parameter = raw["parameter"]
        self.summary = raw.get("summary") or raw["name"].replace("_", " ") + "s"
        self.field_name = raw.get("field")  # where the exit reason is stored
        self.where = where

    @property
    def low(self):
        """Negative numbers only where the lookup takes the whole value: a
        value cut to the number's width is never negative."""
        return 0 if self.masked else -(1 << (self.bits - 1))

    @property
    def high(self):
        return (1 << self.bits) - 1

    def unsigned(self, number):
        """The number as the CPU stores it: two's complement if negative."""
        return number & self.high

    @property
    def masked(self):
        """Whether a looked-up value is cut to the number's width."""
        return self.bits < self.value_bits


class Isa(Item):
    def __init__(self, source, path, raw, folder):
        super().__init__(source, path)
        self.folder = folder            # spec/<folder>/
        self.name = raw["name"]
        self.title = raw["title"]
        self.manual = raw["manual"]
        self.status = StatusModel(raw["status"],
                                  lambda *sub: self.where("status", *sub))
        vmcs = raw.get("vmcs", {})
        self.vmcs_read = vmcs.get("read")
        self.vmcs_write = vmcs.get("write")
        self.error_field_name = vmcs.get("error_field")
        self.basic_name = vmcs.get("basic")
        self.true_controls_bit = vmcs.get("true_controls_bit")
        self.basic = None       # the capability MSR that says TRUE MSRs exist
        self.references = dict(raw.get("references", {}))
        exits = raw.get("exit_reasons")
        self.exit_table = ExitTable(exits, self.where(
            "exit_reasons" if exits is not None else "name"))
        self.left_out = set()
        # Filled by build():
        self.instructions = []
        self.layouts = []
        self.enums = []
        self.vmcs_fields = []
        self.insn_errors = []
        self.exit_reasons = []
        self.capabilities = []
        self.control_groups = []
        self.fixed_registers = []
        self.guest_entry = None     # GuestEntry, if a file gives one
        self.entry_check = None     # EntryCheck and its rules, if given
        self.layouts_in_order = []  # nested layouts before their holders
        self.error_field = None     # the VMCS field holding the error number
        self.field_read = None      # the instructions the field accessors use
        self.field_write = None
        self.dump = None            # model.dump.Dump, if the ISA has one

    def undefined(self, table, name):
        """Whether a reference to name in table is truly undefined, not
        just an entry that failed to load (already reported)."""
        if True in self.left_out:
            return False
        if name is None:    # any entry of the table
            return not any(k[0] == table for k in self.left_out)
        return (table, name) not in self.left_out

    @property
    def has_tables(self):
        return bool(self.insn_errors or self.exit_reasons or
                    self.capabilities or self.capability_enums or
                    self.control_groups or self.fixed_registers or
                    self.cpuid_layouts)

    @property
    def capability_enums(self):
        return [e for e in self.enums if e.has_capabilities]

    @property
    def bit_layouts(self):
        return [l for l in self.layouts if l.kind == "bits"]

    @property
    def cpuid_layouts(self):
        """Bit layouts that are CPUID output registers."""
        return [l for l in self.bit_layouts if l.cpuid is not None]

    @property
    def byte_layouts(self):
        return [l for l in self.layouts if l.kind == "bytes"]
