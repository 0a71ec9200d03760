# SPDX-License-Identifier: MIT
"""Guest entry: the function that runs a guest until it exits.

Facts only: which general-purpose registers of the guest a structure
holds (order and offsets), which ones the CPU keeps in its own state
(VMCS, VMCB), which host registers the calling convention makes the
callee preserve, which instruction enters (and which one re-enters, chosen
by a boolean parameter), which of its operands the instruction reads from
registers (they become parameters: VMRUN's rAX), and which control-state
fields the entry writes first (VMX: the stack pointer and the resume
address of the VM exit).  Whether a VM exit resumes after the instruction
(SVM) or at an address the entry wrote (VMX) follows from those fields.
"""

from model.base import Item, at

# Every general-purpose register of 64-bit mode, by its 64-bit name.
GPRS = ("rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
        "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15")
SLOT_BYTES = 8
# What the x86-64 System V ABI (Section 3.2.1, Figure 3.4) makes a callee
# preserve besides rsp: the guest entry is such a callee.
CALLEE_SAVED = ("rbx", "rbp", "r12", "r13", "r14", "r15")


class GuestRegister:
    def __init__(self, name, offset, where):
        self.name = name
        self.offset = offset
        self.where = where


class Resume:
    """The instruction that enters a guest that already ran, when the
    boolean parameter 'when' is true (VMRESUME, 'launched')."""

    def __init__(self, raw, where):
        self.instruction_name = raw["instruction"]
        self.when = raw["when"]
        self.where = where
        self.instruction = None


class GuestEntry(Item):
    def __init__(self, isa, source, path, raw):
        super().__init__(source, path)
        self.isa = isa
        self.name = raw["name"]
        self.summary = raw["summary"]
        self.sdm = raw["sdm"]
        self.description = raw.get("description", "")
        # What the CPU must be in for the call (kernel-doc's Context:,
        # the Rust function's Safety).
        self.requires = raw.get("requires", "")
        self.struct = raw["struct"]
        self.registers = [GuestRegister(r, SLOT_BYTES * i,
                                        self.where("registers", i))
                          for i, r in enumerate(raw["registers"])]
        self.state_registers = list(raw["state_registers"])
        self.host_saved = list(raw["host_saved"])
        self.abi = raw["abi"]
        self.enter_name = raw["enter"]
        self.enter = None
        self.resume = None if "resume" not in raw else \
            Resume(raw["resume"], self.where("resume"))
        host = raw.get("host_state", {})
        self.stack_field_name = host.get("stack_pointer")
        self.resume_field_name = host.get("resume_address")
        self.stack_field = self.resume_field = None

    # --- derived facts --------------------------------------------------

    @property
    def size_bytes(self):
        return SLOT_BYTES * len(self.registers)

    @property
    def instructions(self):
        """The entering instructions: the one for a first entry, then the
        one for a resumed guest if there is one."""
        out = [self.enter] if self.enter else []
        if self.resume is not None and self.resume.instruction is not None:
            out.append(self.resume.instruction)
        return out

    @property
    def operand_registers(self):
        """The registers the entering instruction reads as operands, with
        the operand: each is a parameter of the entry function."""
        if self.enter is None:
            return []
        return [(o.register.family, o) for o in self.enter.operands
                if o.kind == "implicit" and o.is_input and not o.fixed]

    @property
    def fixed_registers(self):
        """(register, value) the entering instruction needs fixed."""
        if self.enter is None:
            return []
        return [(o.register.family, o.value) for o in self.enter.operands
                if o.kind == "implicit" and o.fixed]

    @property
    def exits_to_field(self):
        """Whether an exit resumes at the address the entry wrote into the
        control state (VMX's HOST_RIP) rather than after the instruction."""
        return self.resume_field is not None

    @property
    def fail_outcomes(self):
        """The outcomes with which the entering instruction falls through
        instead of entering (VMfailInvalid, VMfailValid); none for an
        instruction that only faults (VMRUN)."""
        return self.enter.fail_outcomes if self.enter else []

    @property
    def status_register(self):
        """The entering instruction's status when it leaves one in a
        register (the StatusSource: register, width, cf, fault), else
        None: the entry then returns that register's value."""
        if self.enter is None or self.enter.status.kind != "register":
            return None
        return self.enter.status

    @property
    def has_status(self):
        """Whether the entry function returns a status: the register the
        instruction reports in, its failure outcomes, or the ISA's fault
        status the fault hook reports."""
        return self.status_register is not None or \
            bool(self.fail_outcomes) or self.isa.status.fault is not None

    # --- checks ---------------------------------------------------------

    def resolve(self, diag):
        isa = self.isa
        insns = {i.name: i for i in isa.instructions}
        self.enter = insns.get(self.enter_name)
        if self.enter is None and isa.undefined("instructions",
                                                self.enter_name):
            diag.error(self.where("enter"), "guest entry '%s' enters with "
                       "instruction '%s', which ISA '%s' does not define"
                       % (self.name, self.enter_name, isa.name))
        if self.resume is not None:
            name = self.resume.instruction_name
            self.resume.instruction = insns.get(name)
            if self.resume.instruction is None and \
                    isa.undefined("instructions", name):
                diag.error(self.where("resume", "instruction"), "guest entry "
                           "'%s' resumes with instruction '%s', which ISA "
                           "'%s' does not define" % (self.name, name,
                                                     isa.name))
        fields = {f.name: f for f in isa.vmcs_fields}
        for key, attr in (("stack_pointer", "stack_field"),
                          ("resume_address", "resume_field")):
            name = getattr(self, attr + "_name")
            if name is None:
                continue
            where = self.where("host_state", key)
            field = fields.get(name)
            if field is None:
                if isa.undefined("vmcs_fields", name):
                    diag.error(where, "guest entry '%s' writes VMCS field "
                               "'%s', which the spec does not define"
                               % (self.name, name))
                continue
            if field.type != "host_state" or field.width != "natural":
                diag.error(where, "the %s of a VM exit must be a "
                           "natural-width host-state VMCS field; '%s' is "
                           "%s %s (%s)" % (key.replace("_", " "), name,
                                           field.width_text, field.type_text,
                                           at(field.where("name"))))
                continue
            setattr(self, attr, field)

    def check(self, diag):
        self._check_registers(diag)
        self._check_host_state(diag)
        for insn, where in self._instructions_with_where():
            self._check_instruction(insn, where, diag)
        if self.enter is not None:
            self._check_exit(self.enter, diag)
        if self.enter is not None and self.resume is not None and \
                self.resume.instruction is not None:
            a, b = self.enter, self.resume.instruction
            if [o.register for o in a.operands] != \
                    [o.register for o in b.operands] or \
                    a.status.kind != b.status.kind or \
                    a.success_enters_guest != b.success_enters_guest or \
                    {o.name for o in a.outcomes} != {o.name for o in b.outcomes}:
                diag.error(self.where("resume", "instruction"), "'%s' and "
                           "'%s' both enter the guest, so they need the same "
                           "operands, outcomes and way back (%s)"
                           % (b.name, a.name, at(a.where("mnemonic"))))

    def _instructions_with_where(self):
        out = []
        if self.enter is not None:
            out.append((self.enter, self.where("enter")))
        if self.resume is not None and self.resume.instruction is not None:
            out.append((self.resume.instruction,
                        self.where("resume", "instruction")))
        return out

    def _check_registers(self, diag):
        names = [r.name for r in self.registers]
        for key, regs in (("registers", names),
                          ("state_registers", self.state_registers)):
            for i, r in enumerate(regs):
                if r in regs[:i]:
                    diag.error(self.where(key, i), "register %s is listed "
                               "twice" % r)
        for i, r in enumerate(self.state_registers):
            if r in names:
                diag.error(self.where("state_registers", i), "register %s "
                           "is both in the struct (%s) and in the CPU's "
                           "state: the guest's value lives in one place"
                           % (r, at(self.registers[names.index(r)].where)))
        if "rsp" in names:
            diag.error(self.registers[names.index("rsp")].where, "the "
                       "guest's rsp cannot come from the struct: the entry "
                       "runs on the host's stack up to the instruction, so "
                       "the CPU must load it (list it in state_registers)")
        missing = [r for r in GPRS if r not in names and
                   r not in self.state_registers]
        if missing:
            diag.error(self.where("registers"), "the guest's %s must be "
                       "somewhere: add %s to registers (the struct) or to "
                       "state_registers (loaded by the CPU)"
                       % (", ".join(missing),
                          "it" if len(missing) == 1 else "them"))
        # The guest overwrites every register of the struct, and the CPU
        # every one of its state but the stack pointer, which the entry
        # keeps itself.
        overwritten = set(names) | set(self.state_registers) - {"rsp"}
        missing = [r for r in CALLEE_SAVED
                   if r in overwritten and r not in self.host_saved]
        if missing:
            diag.error(self.where("host_saved"), "the guest overwrites %s, "
                       "which the x86-64 System V ABI makes the callee "
                       "preserve: add %s to host_saved"
                       % (", ".join(missing),
                          "it" if len(missing) == 1 else "them"))
        for i, r in enumerate(self.host_saved):
            if r in self.host_saved[:i]:
                diag.error(self.where("host_saved", i), "register %s is "
                           "listed twice" % r)
            elif r == "rsp":
                diag.error(self.where("host_saved", i), "rsp is the stack: "
                           "the entry keeps it by its own pushes and pops, "
                           "leave it out of host_saved")

    def _check_host_state(self, diag):
        if (self.stack_field_name is None) != (self.resume_field_name is None):
            diag.error(self.where("host_state"), "a VM exit that resumes "
                       "at an address the entry writes also needs the stack "
                       "pointer it writes: give both stack_pointer and "
                       "resume_address, or neither (the exit resumes after "
                       "the instruction)")
            return
        if self.stack_field_name is not None and \
                self.isa.field_write is None and self.isa.vmcs_write is None:
            diag.error(self.where("host_state"), "guest entry '%s' writes "
                       "VMCS fields, but ISA '%s' says no instruction to "
                       "write them with ('vmcs: {write: ...}')"
                       % (self.name, self.isa.name))

    def _check_instruction(self, insn, where, diag):
        if 64 not in insn.modes:
            diag.error(where, "instruction '%s' has no 64-bit form; the "
                       "guest entry is 64-bit code" % insn.name)
        for o in insn.operands:
            if o.kind != "implicit":
                diag.error(where, "instruction '%s' has operand '%s' (%s, "
                           "%s): a guest entry's instruction takes its "
                           "operands in registers only (kind: implicit)"
                           % (insn.name, o.name, o.kind, at(o.where)))
            elif o.is_output:
                diag.error(where, "instruction '%s' writes operand '%s' "
                           "(%s): after the guest ran, only the guest's "
                           "registers are stored" % (insn.name, o.name,
                                                     at(o.where)))
            elif o.register.family not in self.state_registers and \
                    o.register.family not in [r.name for r in self.registers]:
                diag.error(where, "instruction '%s' reads %s (operand '%s', "
                           "%s), which is neither in state_registers nor a "
                           "member of the struct: list it in one of them (a "
                           "member gets what the exit leaves there)"
                           % (insn.name, o.register.name, o.name,
                              at(o.where)))
        st = insn.status
        if st.kind == "register":
            if st.register.family not in self.state_registers:
                diag.error(where, "instruction '%s' reports its status in "
                           "%s (%s), which the entry returns, so it cannot be "
                           "a member of the struct: list %s in "
                           "state_registers"
                           % (insn.name, st.register.name,
                              at(insn.where("status")), st.register.family))
            if st.width != 64:
                diag.error(where, "instruction '%s' reports a %d-bit status "
                           "in %s (%s); the entry returns a register's "
                           "status whole, so it must be 64 bits"
                           % (insn.name, st.width, st.register.name,
                              at(insn.where("status"))))

    def _check_exit(self, insn, diag):
        # Where the CPU goes on after the guest ran: VMLAUNCH/VMRESUME
        # never come back after themselves (success_enters_guest), so the
        # entry must write where a VM exit resumes; VMRUN comes back after
        # itself (#VMEXIT restores the host's RIP), so there is nothing to
        # write.
        if insn.success_enters_guest and self.resume_field_name is None:
            diag.error(self.where("enter"), "instruction '%s' does not "
                       "come back after itself when the guest ran "
                       "(success_enters_guest, "
                       "%s): the guest entry must write where the exit "
                       "resumes (host_state: {stack_pointer: ..., "
                       "resume_address: ...})"
                       % (insn.name, at(insn.where("success_enters_guest"))))
        elif not insn.success_enters_guest and \
                self.resume_field_name is not None:
            diag.error(self.where("host_state"), "instruction '%s' comes "
                       "back after itself when the guest exits (it has no "
                       "success_enters_guest: true, %s), so the exit never "
                       "uses host_state; remove it"
                       % (insn.name, at(insn.where("mnemonic"))))
