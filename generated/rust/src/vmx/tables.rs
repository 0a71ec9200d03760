// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/tables.rs.j2).  Edit the spec and run make.

//! VMX tables: VM-instruction errors, exit reasons, capability MSRs, CR fixed bits, control fields.

/// VM-instruction error numbers, Intel SDM Vol. 3C, Section 31.4 (VM
/// Instruction Error Numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum InsnError {
    /// VMCALL executed in VMX root operation
    VmcallInVmxRoot = 1,
    /// VMCLEAR with an invalid physical address
    VmclearInvalidAddress = 2,
    /// VMCLEAR with the VMXON pointer
    VmclearVmxonPointer = 3,
    /// VMLAUNCH with a VMCS whose launch state is not clear
    VmlaunchNonclearVmcs = 4,
    /// VMRESUME with a VMCS whose launch state is not launched
    VmresumeNonlaunchedVmcs = 5,
    /// VMRESUME after VMXOFF (VMXOFF and VMXON between VMLAUNCH and VMRESUME)
    VmresumeAfterVmxoff = 6,
    /// VM entry with invalid control field(s)
    VmentryInvalidControlField = 7,
    /// VM entry with invalid host-state field(s)
    VmentryInvalidHostStateField = 8,
    /// VMPTRLD with an invalid physical address
    VmptrldInvalidAddress = 9,
    /// VMPTRLD with the VMXON pointer
    VmptrldVmxonPointer = 10,
    /// VMPTRLD with an incorrect VMCS revision identifier
    VmptrldIncorrectRevisionId = 11,
    /// VMREAD or VMWRITE of an unsupported VMCS component
    UnsupportedVmcsComponent = 12,
    /// VMWRITE to a read-only VMCS component
    VmwriteReadOnlyComponent = 13,
    /// VMXON executed in VMX root operation
    VmxonInVmxRoot = 15,
    /// VM entry with an invalid executive-VMCS pointer
    VmentryInvalidExecutiveVmcsPointer = 16,
    /// VM entry with a non-launched executive VMCS
    VmentryNonlaunchedExecutiveVmcs = 17,
    /// VM entry with an executive-VMCS pointer that is not the VMXON pointer
    /// (deactivating dual-monitor treatment)
    VmentryExecutiveVmcsNotVmxonPointer = 18,
    /// VMCALL with a non-clear VMCS (activating dual-monitor treatment)
    VmcallNonclearVmcs = 19,
    /// VMCALL with invalid VM-exit control fields
    VmcallInvalidVmExitControlFields = 20,
    /// VMCALL with an incorrect MSEG revision identifier (activating
    /// dual-monitor treatment)
    VmcallIncorrectMsegRevisionId = 22,
    /// VMXOFF under the dual-monitor treatment of SMIs and SMM
    VmxoffUnderDualMonitor = 23,
    /// VMCALL with invalid SMM-monitor features (activating dual-monitor
    /// treatment)
    VmcallInvalidSmmMonitorFeatures = 24,
    /// VM entry with invalid VM-execution control fields in the executive VMCS
    /// (return from SMM)
    VmentryInvalidExecutiveVmcsControls = 25,
    /// VM entry with events blocked by MOV SS
    VmentryEventsBlockedByMovSs = 26,
    /// Invalid operand to INVEPT or INVVPID
    InvalidInveptInvvpidOperand = 28,
}

impl InsnError {
    /// The entry with this number, if the manual assigns it.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            1 => Some(Self::VmcallInVmxRoot),
            2 => Some(Self::VmclearInvalidAddress),
            3 => Some(Self::VmclearVmxonPointer),
            4 => Some(Self::VmlaunchNonclearVmcs),
            5 => Some(Self::VmresumeNonlaunchedVmcs),
            6 => Some(Self::VmresumeAfterVmxoff),
            7 => Some(Self::VmentryInvalidControlField),
            8 => Some(Self::VmentryInvalidHostStateField),
            9 => Some(Self::VmptrldInvalidAddress),
            10 => Some(Self::VmptrldVmxonPointer),
            11 => Some(Self::VmptrldIncorrectRevisionId),
            12 => Some(Self::UnsupportedVmcsComponent),
            13 => Some(Self::VmwriteReadOnlyComponent),
            15 => Some(Self::VmxonInVmxRoot),
            16 => Some(Self::VmentryInvalidExecutiveVmcsPointer),
            17 => Some(Self::VmentryNonlaunchedExecutiveVmcs),
            18 => Some(Self::VmentryExecutiveVmcsNotVmxonPointer),
            19 => Some(Self::VmcallNonclearVmcs),
            20 => Some(Self::VmcallInvalidVmExitControlFields),
            22 => Some(Self::VmcallIncorrectMsegRevisionId),
            23 => Some(Self::VmxoffUnderDualMonitor),
            24 => Some(Self::VmcallInvalidSmmMonitorFeatures),
            25 => Some(Self::VmentryInvalidExecutiveVmcsControls),
            26 => Some(Self::VmentryEventsBlockedByMovSs),
            28 => Some(Self::InvalidInveptInvvpidOperand),
            _ => None,
        }
    }

    /// Its name, as the C header's vmx_insn_error_name() gives it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::VmcallInVmxRoot => "VMCALL_IN_VMX_ROOT",
            Self::VmclearInvalidAddress => "VMCLEAR_INVALID_ADDRESS",
            Self::VmclearVmxonPointer => "VMCLEAR_VMXON_POINTER",
            Self::VmlaunchNonclearVmcs => "VMLAUNCH_NONCLEAR_VMCS",
            Self::VmresumeNonlaunchedVmcs => "VMRESUME_NONLAUNCHED_VMCS",
            Self::VmresumeAfterVmxoff => "VMRESUME_AFTER_VMXOFF",
            Self::VmentryInvalidControlField => "VMENTRY_INVALID_CONTROL_FIELD",
            Self::VmentryInvalidHostStateField => "VMENTRY_INVALID_HOST_STATE_FIELD",
            Self::VmptrldInvalidAddress => "VMPTRLD_INVALID_ADDRESS",
            Self::VmptrldVmxonPointer => "VMPTRLD_VMXON_POINTER",
            Self::VmptrldIncorrectRevisionId => "VMPTRLD_INCORRECT_REVISION_ID",
            Self::UnsupportedVmcsComponent => "UNSUPPORTED_VMCS_COMPONENT",
            Self::VmwriteReadOnlyComponent => "VMWRITE_READ_ONLY_COMPONENT",
            Self::VmxonInVmxRoot => "VMXON_IN_VMX_ROOT",
            Self::VmentryInvalidExecutiveVmcsPointer => "VMENTRY_INVALID_EXECUTIVE_VMCS_POINTER",
            Self::VmentryNonlaunchedExecutiveVmcs => "VMENTRY_NONLAUNCHED_EXECUTIVE_VMCS",
            Self::VmentryExecutiveVmcsNotVmxonPointer => "VMENTRY_EXECUTIVE_VMCS_NOT_VMXON_POINTER",
            Self::VmcallNonclearVmcs => "VMCALL_NONCLEAR_VMCS",
            Self::VmcallInvalidVmExitControlFields => "VMCALL_INVALID_VM_EXIT_CONTROL_FIELDS",
            Self::VmcallIncorrectMsegRevisionId => "VMCALL_INCORRECT_MSEG_REVISION_ID",
            Self::VmxoffUnderDualMonitor => "VMXOFF_UNDER_DUAL_MONITOR",
            Self::VmcallInvalidSmmMonitorFeatures => "VMCALL_INVALID_SMM_MONITOR_FEATURES",
            Self::VmentryInvalidExecutiveVmcsControls => "VMENTRY_INVALID_EXECUTIVE_VMCS_CONTROLS",
            Self::VmentryEventsBlockedByMovSs => "VMENTRY_EVENTS_BLOCKED_BY_MOV_SS",
            Self::InvalidInveptInvvpidOperand => "INVALID_INVEPT_INVVPID_OPERAND",
        }
    }

    /// The manual's description.
    pub const fn description(self) -> &'static str {
        match self {
            Self::VmcallInVmxRoot => "VMCALL executed in VMX root operation",
            Self::VmclearInvalidAddress => "VMCLEAR with an invalid physical address",
            Self::VmclearVmxonPointer => "VMCLEAR with the VMXON pointer",
            Self::VmlaunchNonclearVmcs => "VMLAUNCH with a VMCS whose launch state is not clear",
            Self::VmresumeNonlaunchedVmcs => "VMRESUME with a VMCS whose launch state is not launched",
            Self::VmresumeAfterVmxoff => "VMRESUME after VMXOFF (VMXOFF and VMXON between VMLAUNCH and VMRESUME)",
            Self::VmentryInvalidControlField => "VM entry with invalid control field(s)",
            Self::VmentryInvalidHostStateField => "VM entry with invalid host-state field(s)",
            Self::VmptrldInvalidAddress => "VMPTRLD with an invalid physical address",
            Self::VmptrldVmxonPointer => "VMPTRLD with the VMXON pointer",
            Self::VmptrldIncorrectRevisionId => "VMPTRLD with an incorrect VMCS revision identifier",
            Self::UnsupportedVmcsComponent => "VMREAD or VMWRITE of an unsupported VMCS component",
            Self::VmwriteReadOnlyComponent => "VMWRITE to a read-only VMCS component",
            Self::VmxonInVmxRoot => "VMXON executed in VMX root operation",
            Self::VmentryInvalidExecutiveVmcsPointer => "VM entry with an invalid executive-VMCS pointer",
            Self::VmentryNonlaunchedExecutiveVmcs => "VM entry with a non-launched executive VMCS",
            Self::VmentryExecutiveVmcsNotVmxonPointer => "VM entry with an executive-VMCS pointer that is not the VMXON pointer (deactivating dual-monitor treatment)",
            Self::VmcallNonclearVmcs => "VMCALL with a non-clear VMCS (activating dual-monitor treatment)",
            Self::VmcallInvalidVmExitControlFields => "VMCALL with invalid VM-exit control fields",
            Self::VmcallIncorrectMsegRevisionId => "VMCALL with an incorrect MSEG revision identifier (activating dual-monitor treatment)",
            Self::VmxoffUnderDualMonitor => "VMXOFF under the dual-monitor treatment of SMIs and SMM",
            Self::VmcallInvalidSmmMonitorFeatures => "VMCALL with invalid SMM-monitor features (activating dual-monitor treatment)",
            Self::VmentryInvalidExecutiveVmcsControls => "VM entry with invalid VM-execution control fields in the executive VMCS (return from SMM)",
            Self::VmentryEventsBlockedByMovSs => "VM entry with events blocked by MOV SS",
            Self::InvalidInveptInvvpidOperand => "Invalid operand to INVEPT or INVVPID",
        }
    }
}

/// Basic exit reasons, Intel SDM Vol. 3D, Appendix C (VMX Basic Exit Reasons).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum ExitReason {
    /// Exception or non-maskable interrupt (NMI)
    ExceptionOrNmi = 0,
    /// External interrupt
    ExternalInterrupt = 1,
    /// Triple fault
    TripleFault = 2,
    /// INIT signal
    InitSignal = 3,
    /// Start-up IPI (SIPI)
    Sipi = 4,
    /// I/O system-management interrupt (SMI)
    IoSmi = 5,
    /// Other SMI
    OtherSmi = 6,
    /// Interrupt window
    InterruptWindow = 7,
    /// NMI window
    NmiWindow = 8,
    /// Task switch
    TaskSwitch = 9,
    /// CPUID
    Cpuid = 10,
    /// GETSEC
    Getsec = 11,
    /// HLT
    Hlt = 12,
    /// INVD
    Invd = 13,
    /// INVLPG
    Invlpg = 14,
    /// RDPMC
    Rdpmc = 15,
    /// RDTSC
    Rdtsc = 16,
    /// RSM in SMM
    Rsm = 17,
    /// VMCALL
    Vmcall = 18,
    /// VMCLEAR
    Vmclear = 19,
    /// VMLAUNCH
    Vmlaunch = 20,
    /// VMPTRLD
    Vmptrld = 21,
    /// VMPTRST
    Vmptrst = 22,
    /// VMREAD
    Vmread = 23,
    /// VMRESUME
    Vmresume = 24,
    /// VMWRITE
    Vmwrite = 25,
    /// VMXOFF
    Vmxoff = 26,
    /// VMXON
    Vmxon = 27,
    /// Control-register access (MOV CR, CLTS, LMSW)
    ControlRegisterAccess = 28,
    /// MOV to or from a debug register
    MovDr = 29,
    /// I/O instruction
    IoInstruction = 30,
    /// RDMSR
    Rdmsr = 31,
    /// WRMSR
    Wrmsr = 32,
    /// VM-entry failure due to invalid guest state
    VmEntryFailureInvalidGuestState = 33,
    /// VM-entry failure due to MSR loading
    VmEntryFailureMsrLoading = 34,
    /// MWAIT
    Mwait = 36,
    /// Monitor trap flag
    MonitorTrapFlag = 37,
    /// MONITOR
    Monitor = 39,
    /// PAUSE
    Pause = 40,
    /// VM-entry failure due to a machine-check event
    VmEntryFailureMachineCheck = 41,
    /// TPR below threshold
    TprBelowThreshold = 43,
    /// APIC access
    ApicAccess = 44,
    /// Virtualized EOI
    VirtualizedEoi = 45,
    /// Access to GDTR or IDTR (LGDT, LIDT, SGDT, SIDT)
    GdtrIdtrAccess = 46,
    /// Access to LDTR or TR (LLDT, LTR, SLDT, STR)
    LdtrTrAccess = 47,
    /// EPT violation
    EptViolation = 48,
    /// EPT misconfiguration
    EptMisconfiguration = 49,
    /// INVEPT
    Invept = 50,
    /// RDTSCP
    Rdtscp = 51,
    /// VMX-preemption timer expired
    VmxPreemptionTimerExpired = 52,
    /// INVVPID
    Invvpid = 53,
    /// WBINVD or WBNOINVD
    WbinvdWbnoinvd = 54,
    /// XSETBV
    Xsetbv = 55,
    /// APIC write
    ApicWrite = 56,
    /// RDRAND
    Rdrand = 57,
    /// INVPCID
    Invpcid = 58,
    /// VMFUNC
    Vmfunc = 59,
    /// ENCLS
    Encls = 60,
    /// RDSEED
    Rdseed = 61,
    /// Page-modification log full
    PageModificationLogFull = 62,
    /// XSAVES
    Xsaves = 63,
    /// XRSTORS
    Xrstors = 64,
    /// PCONFIG
    Pconfig = 65,
    /// SPP-related event
    SppRelatedEvent = 66,
    /// UMWAIT
    Umwait = 67,
    /// TPAUSE
    Tpause = 68,
    /// LOADIWKEY
    Loadiwkey = 69,
    /// ENCLV
    Enclv = 70,
    /// ENQCMD PASID translation failure
    EnqcmdPasidTranslationFailure = 72,
    /// ENQCMDS PASID translation failure
    EnqcmdsPasidTranslationFailure = 73,
    /// Bus lock
    BusLock = 74,
    /// Instruction timeout (notify VM exit)
    InstructionTimeout = 75,
    /// SEAMCALL
    Seamcall = 76,
    /// TDCALL
    Tdcall = 77,
    /// RDMSRLIST
    Rdmsrlist = 78,
    /// WRMSRLIST
    Wrmsrlist = 79,
    /// URDMSR
    Urdmsr = 80,
    /// UWRMSR
    Uwrmsr = 81,
    /// RDMSR with an immediate operand
    RdmsrImmediate = 84,
    /// WRMSRNS with an immediate operand
    WrmsrnsImmediate = 85,
}

impl ExitReason {
    /// The entry with this number, if the manual assigns it.
    pub const fn from_raw(raw: u32) -> Option<Self> {
        match raw {
            0 => Some(Self::ExceptionOrNmi),
            1 => Some(Self::ExternalInterrupt),
            2 => Some(Self::TripleFault),
            3 => Some(Self::InitSignal),
            4 => Some(Self::Sipi),
            5 => Some(Self::IoSmi),
            6 => Some(Self::OtherSmi),
            7 => Some(Self::InterruptWindow),
            8 => Some(Self::NmiWindow),
            9 => Some(Self::TaskSwitch),
            10 => Some(Self::Cpuid),
            11 => Some(Self::Getsec),
            12 => Some(Self::Hlt),
            13 => Some(Self::Invd),
            14 => Some(Self::Invlpg),
            15 => Some(Self::Rdpmc),
            16 => Some(Self::Rdtsc),
            17 => Some(Self::Rsm),
            18 => Some(Self::Vmcall),
            19 => Some(Self::Vmclear),
            20 => Some(Self::Vmlaunch),
            21 => Some(Self::Vmptrld),
            22 => Some(Self::Vmptrst),
            23 => Some(Self::Vmread),
            24 => Some(Self::Vmresume),
            25 => Some(Self::Vmwrite),
            26 => Some(Self::Vmxoff),
            27 => Some(Self::Vmxon),
            28 => Some(Self::ControlRegisterAccess),
            29 => Some(Self::MovDr),
            30 => Some(Self::IoInstruction),
            31 => Some(Self::Rdmsr),
            32 => Some(Self::Wrmsr),
            33 => Some(Self::VmEntryFailureInvalidGuestState),
            34 => Some(Self::VmEntryFailureMsrLoading),
            36 => Some(Self::Mwait),
            37 => Some(Self::MonitorTrapFlag),
            39 => Some(Self::Monitor),
            40 => Some(Self::Pause),
            41 => Some(Self::VmEntryFailureMachineCheck),
            43 => Some(Self::TprBelowThreshold),
            44 => Some(Self::ApicAccess),
            45 => Some(Self::VirtualizedEoi),
            46 => Some(Self::GdtrIdtrAccess),
            47 => Some(Self::LdtrTrAccess),
            48 => Some(Self::EptViolation),
            49 => Some(Self::EptMisconfiguration),
            50 => Some(Self::Invept),
            51 => Some(Self::Rdtscp),
            52 => Some(Self::VmxPreemptionTimerExpired),
            53 => Some(Self::Invvpid),
            54 => Some(Self::WbinvdWbnoinvd),
            55 => Some(Self::Xsetbv),
            56 => Some(Self::ApicWrite),
            57 => Some(Self::Rdrand),
            58 => Some(Self::Invpcid),
            59 => Some(Self::Vmfunc),
            60 => Some(Self::Encls),
            61 => Some(Self::Rdseed),
            62 => Some(Self::PageModificationLogFull),
            63 => Some(Self::Xsaves),
            64 => Some(Self::Xrstors),
            65 => Some(Self::Pconfig),
            66 => Some(Self::SppRelatedEvent),
            67 => Some(Self::Umwait),
            68 => Some(Self::Tpause),
            69 => Some(Self::Loadiwkey),
            70 => Some(Self::Enclv),
            72 => Some(Self::EnqcmdPasidTranslationFailure),
            73 => Some(Self::EnqcmdsPasidTranslationFailure),
            74 => Some(Self::BusLock),
            75 => Some(Self::InstructionTimeout),
            76 => Some(Self::Seamcall),
            77 => Some(Self::Tdcall),
            78 => Some(Self::Rdmsrlist),
            79 => Some(Self::Wrmsrlist),
            80 => Some(Self::Urdmsr),
            81 => Some(Self::Uwrmsr),
            84 => Some(Self::RdmsrImmediate),
            85 => Some(Self::WrmsrnsImmediate),
            _ => None,
        }
    }

    /// Its name, as the C header's vmx_exit_reason_name() gives it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::ExceptionOrNmi => "EXCEPTION_OR_NMI",
            Self::ExternalInterrupt => "EXTERNAL_INTERRUPT",
            Self::TripleFault => "TRIPLE_FAULT",
            Self::InitSignal => "INIT_SIGNAL",
            Self::Sipi => "SIPI",
            Self::IoSmi => "IO_SMI",
            Self::OtherSmi => "OTHER_SMI",
            Self::InterruptWindow => "INTERRUPT_WINDOW",
            Self::NmiWindow => "NMI_WINDOW",
            Self::TaskSwitch => "TASK_SWITCH",
            Self::Cpuid => "CPUID",
            Self::Getsec => "GETSEC",
            Self::Hlt => "HLT",
            Self::Invd => "INVD",
            Self::Invlpg => "INVLPG",
            Self::Rdpmc => "RDPMC",
            Self::Rdtsc => "RDTSC",
            Self::Rsm => "RSM",
            Self::Vmcall => "VMCALL",
            Self::Vmclear => "VMCLEAR",
            Self::Vmlaunch => "VMLAUNCH",
            Self::Vmptrld => "VMPTRLD",
            Self::Vmptrst => "VMPTRST",
            Self::Vmread => "VMREAD",
            Self::Vmresume => "VMRESUME",
            Self::Vmwrite => "VMWRITE",
            Self::Vmxoff => "VMXOFF",
            Self::Vmxon => "VMXON",
            Self::ControlRegisterAccess => "CONTROL_REGISTER_ACCESS",
            Self::MovDr => "MOV_DR",
            Self::IoInstruction => "IO_INSTRUCTION",
            Self::Rdmsr => "RDMSR",
            Self::Wrmsr => "WRMSR",
            Self::VmEntryFailureInvalidGuestState => "VM_ENTRY_FAILURE_INVALID_GUEST_STATE",
            Self::VmEntryFailureMsrLoading => "VM_ENTRY_FAILURE_MSR_LOADING",
            Self::Mwait => "MWAIT",
            Self::MonitorTrapFlag => "MONITOR_TRAP_FLAG",
            Self::Monitor => "MONITOR",
            Self::Pause => "PAUSE",
            Self::VmEntryFailureMachineCheck => "VM_ENTRY_FAILURE_MACHINE_CHECK",
            Self::TprBelowThreshold => "TPR_BELOW_THRESHOLD",
            Self::ApicAccess => "APIC_ACCESS",
            Self::VirtualizedEoi => "VIRTUALIZED_EOI",
            Self::GdtrIdtrAccess => "GDTR_IDTR_ACCESS",
            Self::LdtrTrAccess => "LDTR_TR_ACCESS",
            Self::EptViolation => "EPT_VIOLATION",
            Self::EptMisconfiguration => "EPT_MISCONFIGURATION",
            Self::Invept => "INVEPT",
            Self::Rdtscp => "RDTSCP",
            Self::VmxPreemptionTimerExpired => "VMX_PREEMPTION_TIMER_EXPIRED",
            Self::Invvpid => "INVVPID",
            Self::WbinvdWbnoinvd => "WBINVD_WBNOINVD",
            Self::Xsetbv => "XSETBV",
            Self::ApicWrite => "APIC_WRITE",
            Self::Rdrand => "RDRAND",
            Self::Invpcid => "INVPCID",
            Self::Vmfunc => "VMFUNC",
            Self::Encls => "ENCLS",
            Self::Rdseed => "RDSEED",
            Self::PageModificationLogFull => "PAGE_MODIFICATION_LOG_FULL",
            Self::Xsaves => "XSAVES",
            Self::Xrstors => "XRSTORS",
            Self::Pconfig => "PCONFIG",
            Self::SppRelatedEvent => "SPP_RELATED_EVENT",
            Self::Umwait => "UMWAIT",
            Self::Tpause => "TPAUSE",
            Self::Loadiwkey => "LOADIWKEY",
            Self::Enclv => "ENCLV",
            Self::EnqcmdPasidTranslationFailure => "ENQCMD_PASID_TRANSLATION_FAILURE",
            Self::EnqcmdsPasidTranslationFailure => "ENQCMDS_PASID_TRANSLATION_FAILURE",
            Self::BusLock => "BUS_LOCK",
            Self::InstructionTimeout => "INSTRUCTION_TIMEOUT",
            Self::Seamcall => "SEAMCALL",
            Self::Tdcall => "TDCALL",
            Self::Rdmsrlist => "RDMSRLIST",
            Self::Wrmsrlist => "WRMSRLIST",
            Self::Urdmsr => "URDMSR",
            Self::Uwrmsr => "UWRMSR",
            Self::RdmsrImmediate => "RDMSR_IMMEDIATE",
            Self::WrmsrnsImmediate => "WRMSRNS_IMMEDIATE",
        }
    }

    /// The manual's description.
    pub const fn description(self) -> &'static str {
        match self {
            Self::ExceptionOrNmi => "Exception or non-maskable interrupt (NMI)",
            Self::ExternalInterrupt => "External interrupt",
            Self::TripleFault => "Triple fault",
            Self::InitSignal => "INIT signal",
            Self::Sipi => "Start-up IPI (SIPI)",
            Self::IoSmi => "I/O system-management interrupt (SMI)",
            Self::OtherSmi => "Other SMI",
            Self::InterruptWindow => "Interrupt window",
            Self::NmiWindow => "NMI window",
            Self::TaskSwitch => "Task switch",
            Self::Cpuid => "CPUID",
            Self::Getsec => "GETSEC",
            Self::Hlt => "HLT",
            Self::Invd => "INVD",
            Self::Invlpg => "INVLPG",
            Self::Rdpmc => "RDPMC",
            Self::Rdtsc => "RDTSC",
            Self::Rsm => "RSM in SMM",
            Self::Vmcall => "VMCALL",
            Self::Vmclear => "VMCLEAR",
            Self::Vmlaunch => "VMLAUNCH",
            Self::Vmptrld => "VMPTRLD",
            Self::Vmptrst => "VMPTRST",
            Self::Vmread => "VMREAD",
            Self::Vmresume => "VMRESUME",
            Self::Vmwrite => "VMWRITE",
            Self::Vmxoff => "VMXOFF",
            Self::Vmxon => "VMXON",
            Self::ControlRegisterAccess => "Control-register access (MOV CR, CLTS, LMSW)",
            Self::MovDr => "MOV to or from a debug register",
            Self::IoInstruction => "I/O instruction",
            Self::Rdmsr => "RDMSR",
            Self::Wrmsr => "WRMSR",
            Self::VmEntryFailureInvalidGuestState => "VM-entry failure due to invalid guest state",
            Self::VmEntryFailureMsrLoading => "VM-entry failure due to MSR loading",
            Self::Mwait => "MWAIT",
            Self::MonitorTrapFlag => "Monitor trap flag",
            Self::Monitor => "MONITOR",
            Self::Pause => "PAUSE",
            Self::VmEntryFailureMachineCheck => "VM-entry failure due to a machine-check event",
            Self::TprBelowThreshold => "TPR below threshold",
            Self::ApicAccess => "APIC access",
            Self::VirtualizedEoi => "Virtualized EOI",
            Self::GdtrIdtrAccess => "Access to GDTR or IDTR (LGDT, LIDT, SGDT, SIDT)",
            Self::LdtrTrAccess => "Access to LDTR or TR (LLDT, LTR, SLDT, STR)",
            Self::EptViolation => "EPT violation",
            Self::EptMisconfiguration => "EPT misconfiguration",
            Self::Invept => "INVEPT",
            Self::Rdtscp => "RDTSCP",
            Self::VmxPreemptionTimerExpired => "VMX-preemption timer expired",
            Self::Invvpid => "INVVPID",
            Self::WbinvdWbnoinvd => "WBINVD or WBNOINVD",
            Self::Xsetbv => "XSETBV",
            Self::ApicWrite => "APIC write",
            Self::Rdrand => "RDRAND",
            Self::Invpcid => "INVPCID",
            Self::Vmfunc => "VMFUNC",
            Self::Encls => "ENCLS",
            Self::Rdseed => "RDSEED",
            Self::PageModificationLogFull => "Page-modification log full",
            Self::Xsaves => "XSAVES",
            Self::Xrstors => "XRSTORS",
            Self::Pconfig => "PCONFIG",
            Self::SppRelatedEvent => "SPP-related event",
            Self::Umwait => "UMWAIT",
            Self::Tpause => "TPAUSE",
            Self::Loadiwkey => "LOADIWKEY",
            Self::Enclv => "ENCLV",
            Self::EnqcmdPasidTranslationFailure => "ENQCMD PASID translation failure",
            Self::EnqcmdsPasidTranslationFailure => "ENQCMDS PASID translation failure",
            Self::BusLock => "Bus lock",
            Self::InstructionTimeout => "Instruction timeout (notify VM exit)",
            Self::Seamcall => "SEAMCALL",
            Self::Tdcall => "TDCALL",
            Self::Rdmsrlist => "RDMSRLIST",
            Self::Wrmsrlist => "WRMSRLIST",
            Self::Urdmsr => "URDMSR",
            Self::Uwrmsr => "UWRMSR",
            Self::RdmsrImmediate => "RDMSR with an immediate operand",
            Self::WrmsrnsImmediate => "WRMSRNS with an immediate operand",
        }
    }
}

/// Capability MSRs: their indexes, and the bits of them the spec names (as
/// bit numbers, in a module per MSR).
pub mod msr {
    /// IA32_VMX_BASIC, Intel SDM A.1.
    pub const IA32_VMX_BASIC: u32 = 0x480;
    /// IA32_VMX_PINBASED_CTLS, Intel SDM A.3.1.
    pub const IA32_VMX_PINBASED_CTLS: u32 = 0x481;
    /// IA32_VMX_PROCBASED_CTLS, Intel SDM A.3.2.
    pub const IA32_VMX_PROCBASED_CTLS: u32 = 0x482;
    /// IA32_VMX_EXIT_CTLS, Intel SDM A.4.1.
    pub const IA32_VMX_EXIT_CTLS: u32 = 0x483;
    /// IA32_VMX_ENTRY_CTLS, Intel SDM A.5.
    pub const IA32_VMX_ENTRY_CTLS: u32 = 0x484;
    /// IA32_VMX_MISC, Intel SDM A.6.
    pub const IA32_VMX_MISC: u32 = 0x485;
    /// IA32_VMX_CR0_FIXED0, Intel SDM A.7.
    pub const IA32_VMX_CR0_FIXED0: u32 = 0x486;
    /// IA32_VMX_CR0_FIXED1, Intel SDM A.7.
    pub const IA32_VMX_CR0_FIXED1: u32 = 0x487;
    /// IA32_VMX_CR4_FIXED0, Intel SDM A.8.
    pub const IA32_VMX_CR4_FIXED0: u32 = 0x488;
    /// IA32_VMX_CR4_FIXED1, Intel SDM A.8.
    pub const IA32_VMX_CR4_FIXED1: u32 = 0x489;
    /// IA32_VMX_VMCS_ENUM, Intel SDM A.9.
    pub const IA32_VMX_VMCS_ENUM: u32 = 0x48a;
    /// IA32_VMX_PROCBASED_CTLS2, Intel SDM A.3.3.
    pub const IA32_VMX_PROCBASED_CTLS2: u32 = 0x48b;
    /// IA32_VMX_EPT_VPID_CAP, Intel SDM A.10.
    pub const IA32_VMX_EPT_VPID_CAP: u32 = 0x48c;
    /// IA32_VMX_TRUE_PINBASED_CTLS, Intel SDM A.3.1.
    pub const IA32_VMX_TRUE_PINBASED_CTLS: u32 = 0x48d;
    /// IA32_VMX_TRUE_PROCBASED_CTLS, Intel SDM A.3.2.
    pub const IA32_VMX_TRUE_PROCBASED_CTLS: u32 = 0x48e;
    /// IA32_VMX_TRUE_EXIT_CTLS, Intel SDM A.4.1.
    pub const IA32_VMX_TRUE_EXIT_CTLS: u32 = 0x48f;
    /// IA32_VMX_TRUE_ENTRY_CTLS, Intel SDM A.5.
    pub const IA32_VMX_TRUE_ENTRY_CTLS: u32 = 0x490;
    /// IA32_VMX_VMFUNC, Intel SDM A.11.
    pub const IA32_VMX_VMFUNC: u32 = 0x491;
    /// IA32_VMX_PROCBASED_CTLS3, Intel SDM A.3.4.
    pub const IA32_VMX_PROCBASED_CTLS3: u32 = 0x492;
    /// IA32_VMX_EXIT_CTLS2, Intel SDM A.4.2.
    pub const IA32_VMX_EXIT_CTLS2: u32 = 0x493;

    /// Bit numbers of IA32_VMX_EPT_VPID_CAP.
    pub mod ept_vpid_cap {
        /// EPT supports execute-only translations
        pub const EPT_EXECUTE_ONLY: u32 = 0;
        /// EPT page-walk length of 4 is supported
        pub const EPT_PAGE_WALK_LENGTH_4: u32 = 6;
        /// EPT page-walk length of 5 is supported
        pub const EPT_PAGE_WALK_LENGTH_5: u32 = 7;
        /// EPT paging-structure memory type may be uncacheable (UC)
        pub const EPT_MEMORY_TYPE_UC: u32 = 8;
        /// EPT paging-structure memory type may be write-back (WB)
        pub const EPT_MEMORY_TYPE_WB: u32 = 14;
        /// EPT PDEs may map 2-Mbyte pages
        pub const EPT_2MB_PAGES: u32 = 16;
        /// EPT PDPTEs may map 1-Gbyte pages
        pub const EPT_1GB_PAGES: u32 = 17;
        /// INVEPT instruction is supported
        pub const INVEPT: u32 = 20;
        /// Accessed and dirty flags for EPT are supported
        pub const EPT_ACCESSED_DIRTY_FLAGS: u32 = 21;
        /// Advanced VM-exit information is reported for EPT violations
        pub const EPT_ADVANCED_VM_EXIT_INFO: u32 = 22;
        /// Supervisor shadow-stack control for EPT is supported
        pub const EPT_SUPERVISOR_SHADOW_STACK: u32 = 23;
        /// Single-context INVEPT type is supported
        pub const INVEPT_SINGLE_CONTEXT: u32 = 25;
        /// All-context INVEPT type is supported
        pub const INVEPT_ALL_CONTEXT: u32 = 26;
        /// INVVPID instruction is supported
        pub const INVVPID: u32 = 32;
        /// Individual-address INVVPID type is supported
        pub const INVVPID_INDIVIDUAL_ADDRESS: u32 = 40;
        /// Single-context INVVPID type is supported
        pub const INVVPID_SINGLE_CONTEXT: u32 = 41;
        /// All-context INVVPID type is supported
        pub const INVVPID_ALL_CONTEXT: u32 = 42;
        /// Single-context-retaining-globals INVVPID type is supported
        pub const INVVPID_SINGLE_CONTEXT_RETAINING_GLOBALS: u32 = 43;
    }

    /// Bit numbers of IA32_VMX_VMFUNC.
    pub mod vmfunc {
        /// The EPTP-switching VM function is supported
        pub const EPTP_SWITCHING: u32 = 0;
    }
}

/// The CR0 bits VMX operation fixes to 1: those set in
/// `fixed0`, the value of IA32_VMX_CR0_FIXED0 (MSR 0x486); A.7.
pub const fn cr0_must_be_1(fixed0: u64) -> u64 {
    fixed0
}

/// The CR0 bits VMX operation fixes to 0: those clear in
/// `fixed1`, the value of IA32_VMX_CR0_FIXED1 (MSR 0x487); A.7.
pub const fn cr0_must_be_0(fixed1: u64) -> u64 {
    !fixed1
}

/// `value` with the CR0 bits fixed to 1 set and those fixed to 0 clear.
pub const fn cr0_adjust(value: u64, fixed0: u64, fixed1: u64) -> u64 {
    (value | cr0_must_be_1(fixed0)) & !cr0_must_be_0(fixed1)
}

/// The CR4 bits VMX operation fixes to 1: those set in
/// `fixed0`, the value of IA32_VMX_CR4_FIXED0 (MSR 0x488); A.8.
pub const fn cr4_must_be_1(fixed0: u64) -> u64 {
    fixed0
}

/// The CR4 bits VMX operation fixes to 0: those clear in
/// `fixed1`, the value of IA32_VMX_CR4_FIXED1 (MSR 0x489); A.8.
pub const fn cr4_must_be_0(fixed1: u64) -> u64 {
    !fixed1
}

/// `value` with the CR4 bits fixed to 1 set and those fixed to 0 clear.
pub const fn cr4_adjust(value: u64, fixed0: u64, fixed1: u64) -> u64 {
    (value | cr4_must_be_1(fixed0)) & !cr4_must_be_0(fixed1)
}

/// The VM-execution, VM-exit and VM-entry control fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Ctls {
    /// pin (32 bits), 25.6.1, A.3.1.
    Pin = 0,
    /// proc (32 bits), 25.6.2, A.3.2.
    Proc = 1,
    /// proc2 (32 bits), 25.6.2, A.3.3.
    Proc2 = 2,
    /// proc3 (64 bits), 25.6.2, A.3.4.
    Proc3 = 3,
    /// exit (32 bits), 25.7.1, A.4.1.
    Exit = 4,
    /// exit2 (64 bits), 25.7.1, A.4.2.
    Exit2 = 5,
    /// entry (32 bits), 25.8.1, A.5.
    Entry = 6,
}

impl Ctls {
    /// The spec's name of the control field.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Pin => "pin",
            Self::Proc => "proc",
            Self::Proc2 => "proc2",
            Self::Proc3 => "proc3",
            Self::Exit => "exit",
            Self::Exit2 => "exit2",
            Self::Entry => "entry",
        }
    }

    /// The capability MSR that says which settings the CPU allows: the
    /// TRUE one when `vmx_basic` (the value of IA32_VMX_BASIC) bit 55
    /// says it exists and the group has one, else the plain one.
    pub const fn msr(self, vmx_basic: u64) -> u32 {
        match self {
            Self::Pin => if vmx_basic >> 55 & 1 != 0 { msr::IA32_VMX_TRUE_PINBASED_CTLS } else { msr::IA32_VMX_PINBASED_CTLS },
            Self::Proc => if vmx_basic >> 55 & 1 != 0 { msr::IA32_VMX_TRUE_PROCBASED_CTLS } else { msr::IA32_VMX_PROCBASED_CTLS },
            Self::Proc2 => msr::IA32_VMX_PROCBASED_CTLS2,
            Self::Proc3 => msr::IA32_VMX_PROCBASED_CTLS3,
            Self::Exit => if vmx_basic >> 55 & 1 != 0 { msr::IA32_VMX_TRUE_EXIT_CTLS } else { msr::IA32_VMX_EXIT_CTLS },
            Self::Exit2 => msr::IA32_VMX_EXIT_CTLS2,
            Self::Entry => if vmx_basic >> 55 & 1 != 0 { msr::IA32_VMX_TRUE_ENTRY_CTLS } else { msr::IA32_VMX_ENTRY_CTLS },
        }
    }

    /// A control value the CPU accepts: `(value, missing)`, where `value`
    /// has the `required` and `optional` controls the CPU allows and every
    /// control it forces to 1, and `missing` the required controls it
    /// cannot set (0 if none).  `cap_msr` is the value of the MSR
    /// [`Ctls::msr`] names: a 32-bit group's has the allowed-0 settings in
    /// bits 31:0 (a 1 forces the control to 1) and the allowed-1 settings in
    /// bits 63:32; a 64-bit group's has allowed-1 settings only.
    pub const fn adjust(self, cap_msr: u64, required: u64, optional: u64) -> (u64, u64) {
        let (allowed1, forced1) = match self {
            Self::Proc3 => (cap_msr, 0),
            Self::Exit2 => (cap_msr, 0),
            #[allow(unreachable_patterns)]
            _ => (cap_msr >> 32, cap_msr & 0xffff_ffff),
        };
        (((required | optional) & allowed1) | forced1, required & !allowed1)
    }

    /// The manual's name of a control bit of this field, if it defines it.
    pub const fn bit_name(self, bit: u32) -> Option<&'static str> {
        match self {
            Self::Pin => match bit {
                0 => Some("External-interrupt exiting"),
                3 => Some("NMI exiting"),
                5 => Some("Virtual NMIs"),
                6 => Some("Activate VMX-preemption timer"),
                7 => Some("Process posted interrupts"),
                _ => None,
            },
            Self::Proc => match bit {
                2 => Some("Interrupt-window exiting"),
                3 => Some("Use TSC offsetting"),
                7 => Some("HLT exiting"),
                9 => Some("INVLPG exiting"),
                10 => Some("MWAIT exiting"),
                11 => Some("RDPMC exiting"),
                12 => Some("RDTSC exiting"),
                15 => Some("CR3-load exiting"),
                16 => Some("CR3-store exiting"),
                17 => Some("Activate tertiary controls"),
                19 => Some("CR8-load exiting"),
                20 => Some("CR8-store exiting"),
                21 => Some("Use TPR shadow"),
                22 => Some("NMI-window exiting"),
                23 => Some("MOV-DR exiting"),
                24 => Some("Unconditional I/O exiting"),
                25 => Some("Use I/O bitmaps"),
                27 => Some("Monitor trap flag"),
                28 => Some("Use MSR bitmaps"),
                29 => Some("MONITOR exiting"),
                30 => Some("PAUSE exiting"),
                31 => Some("Activate secondary controls"),
                _ => None,
            },
            Self::Proc2 => match bit {
                0 => Some("Virtualize APIC accesses"),
                1 => Some("Enable EPT"),
                2 => Some("Descriptor-table exiting"),
                3 => Some("Enable RDTSCP"),
                4 => Some("Virtualize x2APIC mode"),
                5 => Some("Enable VPID"),
                6 => Some("WBINVD exiting"),
                7 => Some("Unrestricted guest"),
                8 => Some("APIC-register virtualization"),
                9 => Some("Virtual-interrupt delivery"),
                10 => Some("PAUSE-loop exiting"),
                11 => Some("RDRAND exiting"),
                12 => Some("Enable INVPCID"),
                13 => Some("Enable VM functions"),
                14 => Some("VMCS shadowing"),
                15 => Some("Enable ENCLS exiting"),
                16 => Some("RDSEED exiting"),
                17 => Some("Enable PML"),
                18 => Some("EPT-violation #VE"),
                19 => Some("Conceal VMX from PT"),
                20 => Some("Enable XSAVES/XRSTORS"),
                22 => Some("Mode-based execute control for EPT"),
                23 => Some("Sub-page write permissions for EPT"),
                24 => Some("Intel PT uses guest physical addresses"),
                25 => Some("Use TSC scaling"),
                26 => Some("Enable user wait and pause"),
                27 => Some("Enable PCONFIG"),
                28 => Some("Enable ENCLV exiting"),
                30 => Some("VMM bus-lock detection"),
                31 => Some("Instruction timeout"),
                _ => None,
            },
            Self::Proc3 => match bit {
                0 => Some("LOADIWKEY exiting"),
                1 => Some("Enable HLAT"),
                2 => Some("EPT paging-write control"),
                3 => Some("Guest-paging verification"),
                4 => Some("IPI virtualization"),
                6 => Some("Enable MSR-list instructions"),
                7 => Some("Virtualize IA32_SPEC_CTRL"),
                _ => None,
            },
            Self::Exit => match bit {
                2 => Some("Save debug controls"),
                9 => Some("Host address-space size"),
                12 => Some("Load IA32_PERF_GLOBAL_CTRL"),
                15 => Some("Acknowledge interrupt on exit"),
                18 => Some("Save IA32_PAT"),
                19 => Some("Load IA32_PAT"),
                20 => Some("Save IA32_EFER"),
                21 => Some("Load IA32_EFER"),
                22 => Some("Save VMX-preemption timer value"),
                23 => Some("Clear IA32_BNDCFGS"),
                24 => Some("Conceal VMX from PT"),
                25 => Some("Clear IA32_RTIT_CTL"),
                26 => Some("Clear IA32_LBR_CTL"),
                27 => Some("Clear UINV"),
                28 => Some("Load CET state"),
                29 => Some("Load PKRS"),
                30 => Some("Save IA32_PERF_GLOBAL_CTL"),
                31 => Some("Activate secondary controls"),
                _ => None,
            },
            Self::Exit2 => match bit {
                0 => Some("Save FRED"),
                1 => Some("Load FRED"),
                3 => Some("Prematurely busy shadow stack"),
                _ => None,
            },
            Self::Entry => match bit {
                2 => Some("Load debug controls"),
                9 => Some("IA-32e mode guest"),
                10 => Some("Entry to SMM"),
                11 => Some("Deactivate dual-monitor treatment"),
                13 => Some("Load IA32_PERF_GLOBAL_CTRL"),
                14 => Some("Load IA32_PAT"),
                15 => Some("Load IA32_EFER"),
                16 => Some("Load IA32_BNDCFGS"),
                17 => Some("Conceal VMX from PT"),
                18 => Some("Load IA32_RTIT_CTL"),
                19 => Some("Load UINV"),
                20 => Some("Load CET state"),
                21 => Some("Load guest IA32_LBR_CTL"),
                22 => Some("Load PKRS"),
                23 => Some("Load FRED"),
                _ => None,
            },
        }
    }
}

/// The controls, one module per control field, as masks of its value.
pub mod ctl {

    /// pin, 25.6.1, A.3.1.
    pub mod pin {
        /// External-interrupt exiting.
        pub const EXTERNAL_INTERRUPT_EXITING: u32 = 1 << 0;
        /// NMI exiting.
        pub const NMI_EXITING: u32 = 1 << 3;
        /// Virtual NMIs.
        pub const VIRTUAL_NMIS: u32 = 1 << 5;
        /// Activate VMX-preemption timer.
        pub const ACTIVATE_PREEMPTION_TIMER: u32 = 1 << 6;
        /// Process posted interrupts.
        pub const PROCESS_POSTED_INTERRUPTS: u32 = 1 << 7;
    }

    /// proc, 25.6.2, A.3.2.
    pub mod proc {
        /// Interrupt-window exiting.
        pub const INTERRUPT_WINDOW_EXITING: u32 = 1 << 2;
        /// Use TSC offsetting.
        pub const USE_TSC_OFFSETTING: u32 = 1 << 3;
        /// HLT exiting.
        pub const HLT_EXITING: u32 = 1 << 7;
        /// INVLPG exiting.
        pub const INVLPG_EXITING: u32 = 1 << 9;
        /// MWAIT exiting.
        pub const MWAIT_EXITING: u32 = 1 << 10;
        /// RDPMC exiting.
        pub const RDPMC_EXITING: u32 = 1 << 11;
        /// RDTSC exiting.
        pub const RDTSC_EXITING: u32 = 1 << 12;
        /// CR3-load exiting.
        pub const CR3_LOAD_EXITING: u32 = 1 << 15;
        /// CR3-store exiting.
        pub const CR3_STORE_EXITING: u32 = 1 << 16;
        /// Activate tertiary controls.
        pub const ACTIVATE_TERTIARY_CONTROLS: u32 = 1 << 17;
        /// CR8-load exiting.
        pub const CR8_LOAD_EXITING: u32 = 1 << 19;
        /// CR8-store exiting.
        pub const CR8_STORE_EXITING: u32 = 1 << 20;
        /// Use TPR shadow.
        pub const USE_TPR_SHADOW: u32 = 1 << 21;
        /// NMI-window exiting.
        pub const NMI_WINDOW_EXITING: u32 = 1 << 22;
        /// MOV-DR exiting.
        pub const MOV_DR_EXITING: u32 = 1 << 23;
        /// Unconditional I/O exiting.
        pub const UNCONDITIONAL_IO_EXITING: u32 = 1 << 24;
        /// Use I/O bitmaps.
        pub const USE_IO_BITMAPS: u32 = 1 << 25;
        /// Monitor trap flag.
        pub const MONITOR_TRAP_FLAG: u32 = 1 << 27;
        /// Use MSR bitmaps.
        pub const USE_MSR_BITMAPS: u32 = 1 << 28;
        /// MONITOR exiting.
        pub const MONITOR_EXITING: u32 = 1 << 29;
        /// PAUSE exiting.
        pub const PAUSE_EXITING: u32 = 1 << 30;
        /// Activate secondary controls.
        pub const ACTIVATE_SECONDARY_CONTROLS: u32 = 1 << 31;
    }

    /// proc2, 25.6.2, A.3.3.
    pub mod proc2 {
        /// Virtualize APIC accesses.
        pub const VIRTUALIZE_APIC_ACCESSES: u32 = 1 << 0;
        /// Enable EPT.
        pub const ENABLE_EPT: u32 = 1 << 1;
        /// Descriptor-table exiting.
        pub const DESCRIPTOR_TABLE_EXITING: u32 = 1 << 2;
        /// Enable RDTSCP.
        pub const ENABLE_RDTSCP: u32 = 1 << 3;
        /// Virtualize x2APIC mode.
        pub const VIRTUALIZE_X2APIC_MODE: u32 = 1 << 4;
        /// Enable VPID.
        pub const ENABLE_VPID: u32 = 1 << 5;
        /// WBINVD exiting.
        pub const WBINVD_EXITING: u32 = 1 << 6;
        /// Unrestricted guest.
        pub const UNRESTRICTED_GUEST: u32 = 1 << 7;
        /// APIC-register virtualization.
        pub const APIC_REGISTER_VIRTUALIZATION: u32 = 1 << 8;
        /// Virtual-interrupt delivery.
        pub const VIRTUAL_INTERRUPT_DELIVERY: u32 = 1 << 9;
        /// PAUSE-loop exiting.
        pub const PAUSE_LOOP_EXITING: u32 = 1 << 10;
        /// RDRAND exiting.
        pub const RDRAND_EXITING: u32 = 1 << 11;
        /// Enable INVPCID.
        pub const ENABLE_INVPCID: u32 = 1 << 12;
        /// Enable VM functions.
        pub const ENABLE_VM_FUNCTIONS: u32 = 1 << 13;
        /// VMCS shadowing.
        pub const VMCS_SHADOWING: u32 = 1 << 14;
        /// Enable ENCLS exiting.
        pub const ENABLE_ENCLS_EXITING: u32 = 1 << 15;
        /// RDSEED exiting.
        pub const RDSEED_EXITING: u32 = 1 << 16;
        /// Enable PML.
        pub const ENABLE_PML: u32 = 1 << 17;
        /// EPT-violation #VE.
        pub const EPT_VIOLATION_VE: u32 = 1 << 18;
        /// Conceal VMX from PT.
        pub const CONCEAL_VMX_FROM_PT: u32 = 1 << 19;
        /// Enable XSAVES/XRSTORS.
        pub const ENABLE_XSAVES_XRSTORS: u32 = 1 << 20;
        /// Mode-based execute control for EPT.
        pub const MODE_BASED_EXECUTE_CONTROL: u32 = 1 << 22;
        /// Sub-page write permissions for EPT.
        pub const SUB_PAGE_WRITE_PERMISSIONS: u32 = 1 << 23;
        /// Intel PT uses guest physical addresses.
        pub const PT_USES_GUEST_PHYSICAL_ADDRESSES: u32 = 1 << 24;
        /// Use TSC scaling.
        pub const USE_TSC_SCALING: u32 = 1 << 25;
        /// Enable user wait and pause.
        pub const ENABLE_USER_WAIT_AND_PAUSE: u32 = 1 << 26;
        /// Enable PCONFIG.
        pub const ENABLE_PCONFIG: u32 = 1 << 27;
        /// Enable ENCLV exiting.
        pub const ENABLE_ENCLV_EXITING: u32 = 1 << 28;
        /// VMM bus-lock detection.
        pub const VMM_BUS_LOCK_DETECTION: u32 = 1 << 30;
        /// Instruction timeout.
        pub const INSTRUCTION_TIMEOUT: u32 = 1 << 31;
    }

    /// proc3, 25.6.2, A.3.4.
    pub mod proc3 {
        /// LOADIWKEY exiting.
        pub const LOADIWKEY_EXITING: u64 = 1 << 0;
        /// Enable HLAT.
        pub const ENABLE_HLAT: u64 = 1 << 1;
        /// EPT paging-write control.
        pub const EPT_PAGING_WRITE_CONTROL: u64 = 1 << 2;
        /// Guest-paging verification.
        pub const GUEST_PAGING_VERIFICATION: u64 = 1 << 3;
        /// IPI virtualization.
        pub const IPI_VIRTUALIZATION: u64 = 1 << 4;
        /// Enable MSR-list instructions.
        pub const ENABLE_MSR_LIST_INSTRUCTIONS: u64 = 1 << 6;
        /// Virtualize IA32_SPEC_CTRL.
        pub const VIRTUALIZE_IA32_SPEC_CTRL: u64 = 1 << 7;
    }

    /// exit, 25.7.1, A.4.1.
    pub mod exit {
        /// Save debug controls.
        pub const SAVE_DEBUG_CONTROLS: u32 = 1 << 2;
        /// Host address-space size.
        pub const HOST_ADDRESS_SPACE_SIZE: u32 = 1 << 9;
        /// Load IA32_PERF_GLOBAL_CTRL.
        pub const LOAD_IA32_PERF_GLOBAL_CTRL: u32 = 1 << 12;
        /// Acknowledge interrupt on exit.
        pub const ACKNOWLEDGE_INTERRUPT_ON_EXIT: u32 = 1 << 15;
        /// Save IA32_PAT.
        pub const SAVE_IA32_PAT: u32 = 1 << 18;
        /// Load IA32_PAT.
        pub const LOAD_IA32_PAT: u32 = 1 << 19;
        /// Save IA32_EFER.
        pub const SAVE_IA32_EFER: u32 = 1 << 20;
        /// Load IA32_EFER.
        pub const LOAD_IA32_EFER: u32 = 1 << 21;
        /// Save VMX-preemption timer value.
        pub const SAVE_PREEMPTION_TIMER_VALUE: u32 = 1 << 22;
        /// Clear IA32_BNDCFGS.
        pub const CLEAR_IA32_BNDCFGS: u32 = 1 << 23;
        /// Conceal VMX from PT.
        pub const CONCEAL_VMX_FROM_PT: u32 = 1 << 24;
        /// Clear IA32_RTIT_CTL.
        pub const CLEAR_IA32_RTIT_CTL: u32 = 1 << 25;
        /// Clear IA32_LBR_CTL.
        pub const CLEAR_IA32_LBR_CTL: u32 = 1 << 26;
        /// Clear UINV.
        pub const CLEAR_UINV: u32 = 1 << 27;
        /// Load CET state.
        pub const LOAD_CET_STATE: u32 = 1 << 28;
        /// Load PKRS.
        pub const LOAD_PKRS: u32 = 1 << 29;
        /// Save IA32_PERF_GLOBAL_CTL.
        pub const SAVE_IA32_PERF_GLOBAL_CTRL: u32 = 1 << 30;
        /// Activate secondary controls.
        pub const ACTIVATE_SECONDARY_CONTROLS: u32 = 1 << 31;
    }

    /// exit2, 25.7.1, A.4.2.
    pub mod exit2 {
        /// Save FRED.
        pub const SAVE_FRED: u64 = 1 << 0;
        /// Load FRED.
        pub const LOAD_FRED: u64 = 1 << 1;
        /// Prematurely busy shadow stack.
        pub const PREMATURELY_BUSY_SHADOW_STACK: u64 = 1 << 3;
    }

    /// entry, 25.8.1, A.5.
    pub mod entry {
        /// Load debug controls.
        pub const LOAD_DEBUG_CONTROLS: u32 = 1 << 2;
        /// IA-32e mode guest.
        pub const IA32E_MODE_GUEST: u32 = 1 << 9;
        /// Entry to SMM.
        pub const ENTRY_TO_SMM: u32 = 1 << 10;
        /// Deactivate dual-monitor treatment.
        pub const DEACTIVATE_DUAL_MONITOR_TREATMENT: u32 = 1 << 11;
        /// Load IA32_PERF_GLOBAL_CTRL.
        pub const LOAD_IA32_PERF_GLOBAL_CTRL: u32 = 1 << 13;
        /// Load IA32_PAT.
        pub const LOAD_IA32_PAT: u32 = 1 << 14;
        /// Load IA32_EFER.
        pub const LOAD_IA32_EFER: u32 = 1 << 15;
        /// Load IA32_BNDCFGS.
        pub const LOAD_IA32_BNDCFGS: u32 = 1 << 16;
        /// Conceal VMX from PT.
        pub const CONCEAL_VMX_FROM_PT: u32 = 1 << 17;
        /// Load IA32_RTIT_CTL.
        pub const LOAD_IA32_RTIT_CTL: u32 = 1 << 18;
        /// Load UINV.
        pub const LOAD_UINV: u32 = 1 << 19;
        /// Load CET state.
        pub const LOAD_CET_STATE: u32 = 1 << 20;
        /// Load guest IA32_LBR_CTL.
        pub const LOAD_GUEST_IA32_LBR_CTL: u32 = 1 << 21;
        /// Load PKRS.
        pub const LOAD_PKRS: u32 = 1 << 22;
        /// Load FRED.
        pub const LOAD_FRED: u32 = 1 << 23;
    }
}

#[cfg(test)]
mod tests {
    #[allow(unused_imports)]
    use super::*;

    #[test]
    fn table_insnerror() {
        assert_eq!(InsnError::from_raw(1).map(InsnError::name), Some("VMCALL_IN_VMX_ROOT"));
        assert_eq!(InsnError::from_raw(2).map(InsnError::name), Some("VMCLEAR_INVALID_ADDRESS"));
        assert_eq!(InsnError::from_raw(3).map(InsnError::name), Some("VMCLEAR_VMXON_POINTER"));
        assert_eq!(InsnError::from_raw(4).map(InsnError::name), Some("VMLAUNCH_NONCLEAR_VMCS"));
        assert_eq!(InsnError::from_raw(5).map(InsnError::name), Some("VMRESUME_NONLAUNCHED_VMCS"));
        assert_eq!(InsnError::from_raw(6).map(InsnError::name), Some("VMRESUME_AFTER_VMXOFF"));
        assert_eq!(InsnError::from_raw(7).map(InsnError::name), Some("VMENTRY_INVALID_CONTROL_FIELD"));
        assert_eq!(InsnError::from_raw(8).map(InsnError::name), Some("VMENTRY_INVALID_HOST_STATE_FIELD"));
        assert_eq!(InsnError::from_raw(9).map(InsnError::name), Some("VMPTRLD_INVALID_ADDRESS"));
        assert_eq!(InsnError::from_raw(10).map(InsnError::name), Some("VMPTRLD_VMXON_POINTER"));
        assert_eq!(InsnError::from_raw(11).map(InsnError::name), Some("VMPTRLD_INCORRECT_REVISION_ID"));
        assert_eq!(InsnError::from_raw(12).map(InsnError::name), Some("UNSUPPORTED_VMCS_COMPONENT"));
        assert_eq!(InsnError::from_raw(13).map(InsnError::name), Some("VMWRITE_READ_ONLY_COMPONENT"));
        assert_eq!(InsnError::from_raw(15).map(InsnError::name), Some("VMXON_IN_VMX_ROOT"));
        assert_eq!(InsnError::from_raw(16).map(InsnError::name), Some("VMENTRY_INVALID_EXECUTIVE_VMCS_POINTER"));
        assert_eq!(InsnError::from_raw(17).map(InsnError::name), Some("VMENTRY_NONLAUNCHED_EXECUTIVE_VMCS"));
        assert_eq!(InsnError::from_raw(18).map(InsnError::name), Some("VMENTRY_EXECUTIVE_VMCS_NOT_VMXON_POINTER"));
        assert_eq!(InsnError::from_raw(19).map(InsnError::name), Some("VMCALL_NONCLEAR_VMCS"));
        assert_eq!(InsnError::from_raw(20).map(InsnError::name), Some("VMCALL_INVALID_VM_EXIT_CONTROL_FIELDS"));
        assert_eq!(InsnError::from_raw(22).map(InsnError::name), Some("VMCALL_INCORRECT_MSEG_REVISION_ID"));
        assert_eq!(InsnError::from_raw(23).map(InsnError::name), Some("VMXOFF_UNDER_DUAL_MONITOR"));
        assert_eq!(InsnError::from_raw(24).map(InsnError::name), Some("VMCALL_INVALID_SMM_MONITOR_FEATURES"));
        assert_eq!(InsnError::from_raw(25).map(InsnError::name), Some("VMENTRY_INVALID_EXECUTIVE_VMCS_CONTROLS"));
        assert_eq!(InsnError::from_raw(26).map(InsnError::name), Some("VMENTRY_EVENTS_BLOCKED_BY_MOV_SS"));
        assert_eq!(InsnError::from_raw(28).map(InsnError::name), Some("INVALID_INVEPT_INVVPID_OPERAND"));
        assert_eq!(InsnError::from_raw(0), None);
    }

    #[test]
    fn table_exitreason() {
        assert_eq!(ExitReason::from_raw(0).map(ExitReason::name), Some("EXCEPTION_OR_NMI"));
        assert_eq!(ExitReason::from_raw(1).map(ExitReason::name), Some("EXTERNAL_INTERRUPT"));
        assert_eq!(ExitReason::from_raw(2).map(ExitReason::name), Some("TRIPLE_FAULT"));
        assert_eq!(ExitReason::from_raw(3).map(ExitReason::name), Some("INIT_SIGNAL"));
        assert_eq!(ExitReason::from_raw(4).map(ExitReason::name), Some("SIPI"));
        assert_eq!(ExitReason::from_raw(5).map(ExitReason::name), Some("IO_SMI"));
        assert_eq!(ExitReason::from_raw(6).map(ExitReason::name), Some("OTHER_SMI"));
        assert_eq!(ExitReason::from_raw(7).map(ExitReason::name), Some("INTERRUPT_WINDOW"));
        assert_eq!(ExitReason::from_raw(8).map(ExitReason::name), Some("NMI_WINDOW"));
        assert_eq!(ExitReason::from_raw(9).map(ExitReason::name), Some("TASK_SWITCH"));
        assert_eq!(ExitReason::from_raw(10).map(ExitReason::name), Some("CPUID"));
        assert_eq!(ExitReason::from_raw(11).map(ExitReason::name), Some("GETSEC"));
        assert_eq!(ExitReason::from_raw(12).map(ExitReason::name), Some("HLT"));
        assert_eq!(ExitReason::from_raw(13).map(ExitReason::name), Some("INVD"));
        assert_eq!(ExitReason::from_raw(14).map(ExitReason::name), Some("INVLPG"));
        assert_eq!(ExitReason::from_raw(15).map(ExitReason::name), Some("RDPMC"));
        assert_eq!(ExitReason::from_raw(16).map(ExitReason::name), Some("RDTSC"));
        assert_eq!(ExitReason::from_raw(17).map(ExitReason::name), Some("RSM"));
        assert_eq!(ExitReason::from_raw(18).map(ExitReason::name), Some("VMCALL"));
        assert_eq!(ExitReason::from_raw(19).map(ExitReason::name), Some("VMCLEAR"));
        assert_eq!(ExitReason::from_raw(20).map(ExitReason::name), Some("VMLAUNCH"));
        assert_eq!(ExitReason::from_raw(21).map(ExitReason::name), Some("VMPTRLD"));
        assert_eq!(ExitReason::from_raw(22).map(ExitReason::name), Some("VMPTRST"));
        assert_eq!(ExitReason::from_raw(23).map(ExitReason::name), Some("VMREAD"));
        assert_eq!(ExitReason::from_raw(24).map(ExitReason::name), Some("VMRESUME"));
        assert_eq!(ExitReason::from_raw(25).map(ExitReason::name), Some("VMWRITE"));
        assert_eq!(ExitReason::from_raw(26).map(ExitReason::name), Some("VMXOFF"));
        assert_eq!(ExitReason::from_raw(27).map(ExitReason::name), Some("VMXON"));
        assert_eq!(ExitReason::from_raw(28).map(ExitReason::name), Some("CONTROL_REGISTER_ACCESS"));
        assert_eq!(ExitReason::from_raw(29).map(ExitReason::name), Some("MOV_DR"));
        assert_eq!(ExitReason::from_raw(30).map(ExitReason::name), Some("IO_INSTRUCTION"));
        assert_eq!(ExitReason::from_raw(31).map(ExitReason::name), Some("RDMSR"));
        assert_eq!(ExitReason::from_raw(32).map(ExitReason::name), Some("WRMSR"));
        assert_eq!(ExitReason::from_raw(33).map(ExitReason::name), Some("VM_ENTRY_FAILURE_INVALID_GUEST_STATE"));
        assert_eq!(ExitReason::from_raw(34).map(ExitReason::name), Some("VM_ENTRY_FAILURE_MSR_LOADING"));
        assert_eq!(ExitReason::from_raw(36).map(ExitReason::name), Some("MWAIT"));
        assert_eq!(ExitReason::from_raw(37).map(ExitReason::name), Some("MONITOR_TRAP_FLAG"));
        assert_eq!(ExitReason::from_raw(39).map(ExitReason::name), Some("MONITOR"));
        assert_eq!(ExitReason::from_raw(40).map(ExitReason::name), Some("PAUSE"));
        assert_eq!(ExitReason::from_raw(41).map(ExitReason::name), Some("VM_ENTRY_FAILURE_MACHINE_CHECK"));
        assert_eq!(ExitReason::from_raw(43).map(ExitReason::name), Some("TPR_BELOW_THRESHOLD"));
        assert_eq!(ExitReason::from_raw(44).map(ExitReason::name), Some("APIC_ACCESS"));
        assert_eq!(ExitReason::from_raw(45).map(ExitReason::name), Some("VIRTUALIZED_EOI"));
        assert_eq!(ExitReason::from_raw(46).map(ExitReason::name), Some("GDTR_IDTR_ACCESS"));
        assert_eq!(ExitReason::from_raw(47).map(ExitReason::name), Some("LDTR_TR_ACCESS"));
        assert_eq!(ExitReason::from_raw(48).map(ExitReason::name), Some("EPT_VIOLATION"));
        assert_eq!(ExitReason::from_raw(49).map(ExitReason::name), Some("EPT_MISCONFIGURATION"));
        assert_eq!(ExitReason::from_raw(50).map(ExitReason::name), Some("INVEPT"));
        assert_eq!(ExitReason::from_raw(51).map(ExitReason::name), Some("RDTSCP"));
        assert_eq!(ExitReason::from_raw(52).map(ExitReason::name), Some("VMX_PREEMPTION_TIMER_EXPIRED"));
        assert_eq!(ExitReason::from_raw(53).map(ExitReason::name), Some("INVVPID"));
        assert_eq!(ExitReason::from_raw(54).map(ExitReason::name), Some("WBINVD_WBNOINVD"));
        assert_eq!(ExitReason::from_raw(55).map(ExitReason::name), Some("XSETBV"));
        assert_eq!(ExitReason::from_raw(56).map(ExitReason::name), Some("APIC_WRITE"));
        assert_eq!(ExitReason::from_raw(57).map(ExitReason::name), Some("RDRAND"));
        assert_eq!(ExitReason::from_raw(58).map(ExitReason::name), Some("INVPCID"));
        assert_eq!(ExitReason::from_raw(59).map(ExitReason::name), Some("VMFUNC"));
        assert_eq!(ExitReason::from_raw(60).map(ExitReason::name), Some("ENCLS"));
        assert_eq!(ExitReason::from_raw(61).map(ExitReason::name), Some("RDSEED"));
        assert_eq!(ExitReason::from_raw(62).map(ExitReason::name), Some("PAGE_MODIFICATION_LOG_FULL"));
        assert_eq!(ExitReason::from_raw(63).map(ExitReason::name), Some("XSAVES"));
        assert_eq!(ExitReason::from_raw(64).map(ExitReason::name), Some("XRSTORS"));
        assert_eq!(ExitReason::from_raw(65).map(ExitReason::name), Some("PCONFIG"));
        assert_eq!(ExitReason::from_raw(66).map(ExitReason::name), Some("SPP_RELATED_EVENT"));
        assert_eq!(ExitReason::from_raw(67).map(ExitReason::name), Some("UMWAIT"));
        assert_eq!(ExitReason::from_raw(68).map(ExitReason::name), Some("TPAUSE"));
        assert_eq!(ExitReason::from_raw(69).map(ExitReason::name), Some("LOADIWKEY"));
        assert_eq!(ExitReason::from_raw(70).map(ExitReason::name), Some("ENCLV"));
        assert_eq!(ExitReason::from_raw(72).map(ExitReason::name), Some("ENQCMD_PASID_TRANSLATION_FAILURE"));
        assert_eq!(ExitReason::from_raw(73).map(ExitReason::name), Some("ENQCMDS_PASID_TRANSLATION_FAILURE"));
        assert_eq!(ExitReason::from_raw(74).map(ExitReason::name), Some("BUS_LOCK"));
        assert_eq!(ExitReason::from_raw(75).map(ExitReason::name), Some("INSTRUCTION_TIMEOUT"));
        assert_eq!(ExitReason::from_raw(76).map(ExitReason::name), Some("SEAMCALL"));
        assert_eq!(ExitReason::from_raw(77).map(ExitReason::name), Some("TDCALL"));
        assert_eq!(ExitReason::from_raw(78).map(ExitReason::name), Some("RDMSRLIST"));
        assert_eq!(ExitReason::from_raw(79).map(ExitReason::name), Some("WRMSRLIST"));
        assert_eq!(ExitReason::from_raw(80).map(ExitReason::name), Some("URDMSR"));
        assert_eq!(ExitReason::from_raw(81).map(ExitReason::name), Some("UWRMSR"));
        assert_eq!(ExitReason::from_raw(84).map(ExitReason::name), Some("RDMSR_IMMEDIATE"));
        assert_eq!(ExitReason::from_raw(85).map(ExitReason::name), Some("WRMSRNS_IMMEDIATE"));
        assert_eq!(ExitReason::from_raw(35), None);
    }

    #[test]
    fn fixed_cr0() {
        // FIXED0 0b0011 (bits 0, 1 fixed to 1), FIXED1 0b0111 (bit 3 and up fixed to 0).
        assert_eq!(cr0_adjust(0b1100, 0b0011, 0b0111), 0b0111);
        assert_eq!(cr0_must_be_1(0b0011), 0b0011);
        assert_eq!(cr0_must_be_0(0b0111), !0b0111);
    }

    #[test]
    fn fixed_cr4() {
        // FIXED0 0b0011 (bits 0, 1 fixed to 1), FIXED1 0b0111 (bit 3 and up fixed to 0).
        assert_eq!(cr4_adjust(0b1100, 0b0011, 0b0111), 0b0111);
        assert_eq!(cr4_must_be_1(0b0011), 0b0011);
        assert_eq!(cr4_must_be_0(0b0111), !0b0111);
    }

    #[test]
    fn controls() {
        assert_eq!(Ctls::Pin.bit_name(0), Some("External-interrupt exiting"));
        assert_eq!(ctl::pin::EXTERNAL_INTERRUPT_EXITING as u64, 1u64 << 0);
        assert_eq!(Ctls::Pin.bit_name(3), Some("NMI exiting"));
        assert_eq!(ctl::pin::NMI_EXITING as u64, 1u64 << 3);
        assert_eq!(Ctls::Pin.bit_name(5), Some("Virtual NMIs"));
        assert_eq!(ctl::pin::VIRTUAL_NMIS as u64, 1u64 << 5);
        assert_eq!(Ctls::Pin.bit_name(6), Some("Activate VMX-preemption timer"));
        assert_eq!(ctl::pin::ACTIVATE_PREEMPTION_TIMER as u64, 1u64 << 6);
        assert_eq!(Ctls::Pin.bit_name(7), Some("Process posted interrupts"));
        assert_eq!(ctl::pin::PROCESS_POSTED_INTERRUPTS as u64, 1u64 << 7);
        assert_eq!(Ctls::Pin.msr(1 << 55), 0x48d);
        assert_eq!(Ctls::Pin.msr(0), 0x481);
        // allowed-0 0x1 (bit 0 forced), allowed-1 0x7: bit 3 required but not allowed.
        assert_eq!(Ctls::Pin.adjust(0x7_0000_0001, 0x8 | 0x2, 0x4), (0x7, 0x8));
        assert_eq!(Ctls::Proc.bit_name(2), Some("Interrupt-window exiting"));
        assert_eq!(ctl::proc::INTERRUPT_WINDOW_EXITING as u64, 1u64 << 2);
        assert_eq!(Ctls::Proc.bit_name(3), Some("Use TSC offsetting"));
        assert_eq!(ctl::proc::USE_TSC_OFFSETTING as u64, 1u64 << 3);
        assert_eq!(Ctls::Proc.bit_name(7), Some("HLT exiting"));
        assert_eq!(ctl::proc::HLT_EXITING as u64, 1u64 << 7);
        assert_eq!(Ctls::Proc.bit_name(9), Some("INVLPG exiting"));
        assert_eq!(ctl::proc::INVLPG_EXITING as u64, 1u64 << 9);
        assert_eq!(Ctls::Proc.bit_name(10), Some("MWAIT exiting"));
        assert_eq!(ctl::proc::MWAIT_EXITING as u64, 1u64 << 10);
        assert_eq!(Ctls::Proc.bit_name(11), Some("RDPMC exiting"));
        assert_eq!(ctl::proc::RDPMC_EXITING as u64, 1u64 << 11);
        assert_eq!(Ctls::Proc.bit_name(12), Some("RDTSC exiting"));
        assert_eq!(ctl::proc::RDTSC_EXITING as u64, 1u64 << 12);
        assert_eq!(Ctls::Proc.bit_name(15), Some("CR3-load exiting"));
        assert_eq!(ctl::proc::CR3_LOAD_EXITING as u64, 1u64 << 15);
        assert_eq!(Ctls::Proc.bit_name(16), Some("CR3-store exiting"));
        assert_eq!(ctl::proc::CR3_STORE_EXITING as u64, 1u64 << 16);
        assert_eq!(Ctls::Proc.bit_name(17), Some("Activate tertiary controls"));
        assert_eq!(ctl::proc::ACTIVATE_TERTIARY_CONTROLS as u64, 1u64 << 17);
        assert_eq!(Ctls::Proc.bit_name(19), Some("CR8-load exiting"));
        assert_eq!(ctl::proc::CR8_LOAD_EXITING as u64, 1u64 << 19);
        assert_eq!(Ctls::Proc.bit_name(20), Some("CR8-store exiting"));
        assert_eq!(ctl::proc::CR8_STORE_EXITING as u64, 1u64 << 20);
        assert_eq!(Ctls::Proc.bit_name(21), Some("Use TPR shadow"));
        assert_eq!(ctl::proc::USE_TPR_SHADOW as u64, 1u64 << 21);
        assert_eq!(Ctls::Proc.bit_name(22), Some("NMI-window exiting"));
        assert_eq!(ctl::proc::NMI_WINDOW_EXITING as u64, 1u64 << 22);
        assert_eq!(Ctls::Proc.bit_name(23), Some("MOV-DR exiting"));
        assert_eq!(ctl::proc::MOV_DR_EXITING as u64, 1u64 << 23);
        assert_eq!(Ctls::Proc.bit_name(24), Some("Unconditional I/O exiting"));
        assert_eq!(ctl::proc::UNCONDITIONAL_IO_EXITING as u64, 1u64 << 24);
        assert_eq!(Ctls::Proc.bit_name(25), Some("Use I/O bitmaps"));
        assert_eq!(ctl::proc::USE_IO_BITMAPS as u64, 1u64 << 25);
        assert_eq!(Ctls::Proc.bit_name(27), Some("Monitor trap flag"));
        assert_eq!(ctl::proc::MONITOR_TRAP_FLAG as u64, 1u64 << 27);
        assert_eq!(Ctls::Proc.bit_name(28), Some("Use MSR bitmaps"));
        assert_eq!(ctl::proc::USE_MSR_BITMAPS as u64, 1u64 << 28);
        assert_eq!(Ctls::Proc.bit_name(29), Some("MONITOR exiting"));
        assert_eq!(ctl::proc::MONITOR_EXITING as u64, 1u64 << 29);
        assert_eq!(Ctls::Proc.bit_name(30), Some("PAUSE exiting"));
        assert_eq!(ctl::proc::PAUSE_EXITING as u64, 1u64 << 30);
        assert_eq!(Ctls::Proc.bit_name(31), Some("Activate secondary controls"));
        assert_eq!(ctl::proc::ACTIVATE_SECONDARY_CONTROLS as u64, 1u64 << 31);
        assert_eq!(Ctls::Proc.msr(1 << 55), 0x48e);
        assert_eq!(Ctls::Proc.msr(0), 0x482);
        // allowed-0 0x1 (bit 0 forced), allowed-1 0x7: bit 3 required but not allowed.
        assert_eq!(Ctls::Proc.adjust(0x7_0000_0001, 0x8 | 0x2, 0x4), (0x7, 0x8));
        assert_eq!(Ctls::Proc2.bit_name(0), Some("Virtualize APIC accesses"));
        assert_eq!(ctl::proc2::VIRTUALIZE_APIC_ACCESSES as u64, 1u64 << 0);
        assert_eq!(Ctls::Proc2.bit_name(1), Some("Enable EPT"));
        assert_eq!(ctl::proc2::ENABLE_EPT as u64, 1u64 << 1);
        assert_eq!(Ctls::Proc2.bit_name(2), Some("Descriptor-table exiting"));
        assert_eq!(ctl::proc2::DESCRIPTOR_TABLE_EXITING as u64, 1u64 << 2);
        assert_eq!(Ctls::Proc2.bit_name(3), Some("Enable RDTSCP"));
        assert_eq!(ctl::proc2::ENABLE_RDTSCP as u64, 1u64 << 3);
        assert_eq!(Ctls::Proc2.bit_name(4), Some("Virtualize x2APIC mode"));
        assert_eq!(ctl::proc2::VIRTUALIZE_X2APIC_MODE as u64, 1u64 << 4);
        assert_eq!(Ctls::Proc2.bit_name(5), Some("Enable VPID"));
        assert_eq!(ctl::proc2::ENABLE_VPID as u64, 1u64 << 5);
        assert_eq!(Ctls::Proc2.bit_name(6), Some("WBINVD exiting"));
        assert_eq!(ctl::proc2::WBINVD_EXITING as u64, 1u64 << 6);
        assert_eq!(Ctls::Proc2.bit_name(7), Some("Unrestricted guest"));
        assert_eq!(ctl::proc2::UNRESTRICTED_GUEST as u64, 1u64 << 7);
        assert_eq!(Ctls::Proc2.bit_name(8), Some("APIC-register virtualization"));
        assert_eq!(ctl::proc2::APIC_REGISTER_VIRTUALIZATION as u64, 1u64 << 8);
        assert_eq!(Ctls::Proc2.bit_name(9), Some("Virtual-interrupt delivery"));
        assert_eq!(ctl::proc2::VIRTUAL_INTERRUPT_DELIVERY as u64, 1u64 << 9);
        assert_eq!(Ctls::Proc2.bit_name(10), Some("PAUSE-loop exiting"));
        assert_eq!(ctl::proc2::PAUSE_LOOP_EXITING as u64, 1u64 << 10);
        assert_eq!(Ctls::Proc2.bit_name(11), Some("RDRAND exiting"));
        assert_eq!(ctl::proc2::RDRAND_EXITING as u64, 1u64 << 11);
        assert_eq!(Ctls::Proc2.bit_name(12), Some("Enable INVPCID"));
        assert_eq!(ctl::proc2::ENABLE_INVPCID as u64, 1u64 << 12);
        assert_eq!(Ctls::Proc2.bit_name(13), Some("Enable VM functions"));
        assert_eq!(ctl::proc2::ENABLE_VM_FUNCTIONS as u64, 1u64 << 13);
        assert_eq!(Ctls::Proc2.bit_name(14), Some("VMCS shadowing"));
        assert_eq!(ctl::proc2::VMCS_SHADOWING as u64, 1u64 << 14);
        assert_eq!(Ctls::Proc2.bit_name(15), Some("Enable ENCLS exiting"));
        assert_eq!(ctl::proc2::ENABLE_ENCLS_EXITING as u64, 1u64 << 15);
        assert_eq!(Ctls::Proc2.bit_name(16), Some("RDSEED exiting"));
        assert_eq!(ctl::proc2::RDSEED_EXITING as u64, 1u64 << 16);
        assert_eq!(Ctls::Proc2.bit_name(17), Some("Enable PML"));
        assert_eq!(ctl::proc2::ENABLE_PML as u64, 1u64 << 17);
        assert_eq!(Ctls::Proc2.bit_name(18), Some("EPT-violation #VE"));
        assert_eq!(ctl::proc2::EPT_VIOLATION_VE as u64, 1u64 << 18);
        assert_eq!(Ctls::Proc2.bit_name(19), Some("Conceal VMX from PT"));
        assert_eq!(ctl::proc2::CONCEAL_VMX_FROM_PT as u64, 1u64 << 19);
        assert_eq!(Ctls::Proc2.bit_name(20), Some("Enable XSAVES/XRSTORS"));
        assert_eq!(ctl::proc2::ENABLE_XSAVES_XRSTORS as u64, 1u64 << 20);
        assert_eq!(Ctls::Proc2.bit_name(22), Some("Mode-based execute control for EPT"));
        assert_eq!(ctl::proc2::MODE_BASED_EXECUTE_CONTROL as u64, 1u64 << 22);
        assert_eq!(Ctls::Proc2.bit_name(23), Some("Sub-page write permissions for EPT"));
        assert_eq!(ctl::proc2::SUB_PAGE_WRITE_PERMISSIONS as u64, 1u64 << 23);
        assert_eq!(Ctls::Proc2.bit_name(24), Some("Intel PT uses guest physical addresses"));
        assert_eq!(ctl::proc2::PT_USES_GUEST_PHYSICAL_ADDRESSES as u64, 1u64 << 24);
        assert_eq!(Ctls::Proc2.bit_name(25), Some("Use TSC scaling"));
        assert_eq!(ctl::proc2::USE_TSC_SCALING as u64, 1u64 << 25);
        assert_eq!(Ctls::Proc2.bit_name(26), Some("Enable user wait and pause"));
        assert_eq!(ctl::proc2::ENABLE_USER_WAIT_AND_PAUSE as u64, 1u64 << 26);
        assert_eq!(Ctls::Proc2.bit_name(27), Some("Enable PCONFIG"));
        assert_eq!(ctl::proc2::ENABLE_PCONFIG as u64, 1u64 << 27);
        assert_eq!(Ctls::Proc2.bit_name(28), Some("Enable ENCLV exiting"));
        assert_eq!(ctl::proc2::ENABLE_ENCLV_EXITING as u64, 1u64 << 28);
        assert_eq!(Ctls::Proc2.bit_name(30), Some("VMM bus-lock detection"));
        assert_eq!(ctl::proc2::VMM_BUS_LOCK_DETECTION as u64, 1u64 << 30);
        assert_eq!(Ctls::Proc2.bit_name(31), Some("Instruction timeout"));
        assert_eq!(ctl::proc2::INSTRUCTION_TIMEOUT as u64, 1u64 << 31);
        assert_eq!(Ctls::Proc2.msr(1 << 55), 0x48b);
        assert_eq!(Ctls::Proc2.msr(0), 0x48b);
        // allowed-0 0x1 (bit 0 forced), allowed-1 0x7: bit 3 required but not allowed.
        assert_eq!(Ctls::Proc2.adjust(0x7_0000_0001, 0x8 | 0x2, 0x4), (0x7, 0x8));
        assert_eq!(Ctls::Proc3.bit_name(0), Some("LOADIWKEY exiting"));
        assert_eq!(ctl::proc3::LOADIWKEY_EXITING as u64, 1u64 << 0);
        assert_eq!(Ctls::Proc3.bit_name(1), Some("Enable HLAT"));
        assert_eq!(ctl::proc3::ENABLE_HLAT as u64, 1u64 << 1);
        assert_eq!(Ctls::Proc3.bit_name(2), Some("EPT paging-write control"));
        assert_eq!(ctl::proc3::EPT_PAGING_WRITE_CONTROL as u64, 1u64 << 2);
        assert_eq!(Ctls::Proc3.bit_name(3), Some("Guest-paging verification"));
        assert_eq!(ctl::proc3::GUEST_PAGING_VERIFICATION as u64, 1u64 << 3);
        assert_eq!(Ctls::Proc3.bit_name(4), Some("IPI virtualization"));
        assert_eq!(ctl::proc3::IPI_VIRTUALIZATION as u64, 1u64 << 4);
        assert_eq!(Ctls::Proc3.bit_name(6), Some("Enable MSR-list instructions"));
        assert_eq!(ctl::proc3::ENABLE_MSR_LIST_INSTRUCTIONS as u64, 1u64 << 6);
        assert_eq!(Ctls::Proc3.bit_name(7), Some("Virtualize IA32_SPEC_CTRL"));
        assert_eq!(ctl::proc3::VIRTUALIZE_IA32_SPEC_CTRL as u64, 1u64 << 7);
        assert_eq!(Ctls::Proc3.msr(1 << 55), 0x492);
        assert_eq!(Ctls::Proc3.msr(0), 0x492);
        assert_eq!(Ctls::Proc3.adjust(0x7, 0x8 | 0x2, 0x4), (0x6, 0x8));
        assert_eq!(Ctls::Exit.bit_name(2), Some("Save debug controls"));
        assert_eq!(ctl::exit::SAVE_DEBUG_CONTROLS as u64, 1u64 << 2);
        assert_eq!(Ctls::Exit.bit_name(9), Some("Host address-space size"));
        assert_eq!(ctl::exit::HOST_ADDRESS_SPACE_SIZE as u64, 1u64 << 9);
        assert_eq!(Ctls::Exit.bit_name(12), Some("Load IA32_PERF_GLOBAL_CTRL"));
        assert_eq!(ctl::exit::LOAD_IA32_PERF_GLOBAL_CTRL as u64, 1u64 << 12);
        assert_eq!(Ctls::Exit.bit_name(15), Some("Acknowledge interrupt on exit"));
        assert_eq!(ctl::exit::ACKNOWLEDGE_INTERRUPT_ON_EXIT as u64, 1u64 << 15);
        assert_eq!(Ctls::Exit.bit_name(18), Some("Save IA32_PAT"));
        assert_eq!(ctl::exit::SAVE_IA32_PAT as u64, 1u64 << 18);
        assert_eq!(Ctls::Exit.bit_name(19), Some("Load IA32_PAT"));
        assert_eq!(ctl::exit::LOAD_IA32_PAT as u64, 1u64 << 19);
        assert_eq!(Ctls::Exit.bit_name(20), Some("Save IA32_EFER"));
        assert_eq!(ctl::exit::SAVE_IA32_EFER as u64, 1u64 << 20);
        assert_eq!(Ctls::Exit.bit_name(21), Some("Load IA32_EFER"));
        assert_eq!(ctl::exit::LOAD_IA32_EFER as u64, 1u64 << 21);
        assert_eq!(Ctls::Exit.bit_name(22), Some("Save VMX-preemption timer value"));
        assert_eq!(ctl::exit::SAVE_PREEMPTION_TIMER_VALUE as u64, 1u64 << 22);
        assert_eq!(Ctls::Exit.bit_name(23), Some("Clear IA32_BNDCFGS"));
        assert_eq!(ctl::exit::CLEAR_IA32_BNDCFGS as u64, 1u64 << 23);
        assert_eq!(Ctls::Exit.bit_name(24), Some("Conceal VMX from PT"));
        assert_eq!(ctl::exit::CONCEAL_VMX_FROM_PT as u64, 1u64 << 24);
        assert_eq!(Ctls::Exit.bit_name(25), Some("Clear IA32_RTIT_CTL"));
        assert_eq!(ctl::exit::CLEAR_IA32_RTIT_CTL as u64, 1u64 << 25);
        assert_eq!(Ctls::Exit.bit_name(26), Some("Clear IA32_LBR_CTL"));
        assert_eq!(ctl::exit::CLEAR_IA32_LBR_CTL as u64, 1u64 << 26);
        assert_eq!(Ctls::Exit.bit_name(27), Some("Clear UINV"));
        assert_eq!(ctl::exit::CLEAR_UINV as u64, 1u64 << 27);
        assert_eq!(Ctls::Exit.bit_name(28), Some("Load CET state"));
        assert_eq!(ctl::exit::LOAD_CET_STATE as u64, 1u64 << 28);
        assert_eq!(Ctls::Exit.bit_name(29), Some("Load PKRS"));
        assert_eq!(ctl::exit::LOAD_PKRS as u64, 1u64 << 29);
        assert_eq!(Ctls::Exit.bit_name(30), Some("Save IA32_PERF_GLOBAL_CTL"));
        assert_eq!(ctl::exit::SAVE_IA32_PERF_GLOBAL_CTRL as u64, 1u64 << 30);
        assert_eq!(Ctls::Exit.bit_name(31), Some("Activate secondary controls"));
        assert_eq!(ctl::exit::ACTIVATE_SECONDARY_CONTROLS as u64, 1u64 << 31);
        assert_eq!(Ctls::Exit.msr(1 << 55), 0x48f);
        assert_eq!(Ctls::Exit.msr(0), 0x483);
        // allowed-0 0x1 (bit 0 forced), allowed-1 0x7: bit 3 required but not allowed.
        assert_eq!(Ctls::Exit.adjust(0x7_0000_0001, 0x8 | 0x2, 0x4), (0x7, 0x8));
        assert_eq!(Ctls::Exit2.bit_name(0), Some("Save FRED"));
        assert_eq!(ctl::exit2::SAVE_FRED as u64, 1u64 << 0);
        assert_eq!(Ctls::Exit2.bit_name(1), Some("Load FRED"));
        assert_eq!(ctl::exit2::LOAD_FRED as u64, 1u64 << 1);
        assert_eq!(Ctls::Exit2.bit_name(3), Some("Prematurely busy shadow stack"));
        assert_eq!(ctl::exit2::PREMATURELY_BUSY_SHADOW_STACK as u64, 1u64 << 3);
        assert_eq!(Ctls::Exit2.msr(1 << 55), 0x493);
        assert_eq!(Ctls::Exit2.msr(0), 0x493);
        assert_eq!(Ctls::Exit2.adjust(0x7, 0x8 | 0x2, 0x4), (0x6, 0x8));
        assert_eq!(Ctls::Entry.bit_name(2), Some("Load debug controls"));
        assert_eq!(ctl::entry::LOAD_DEBUG_CONTROLS as u64, 1u64 << 2);
        assert_eq!(Ctls::Entry.bit_name(9), Some("IA-32e mode guest"));
        assert_eq!(ctl::entry::IA32E_MODE_GUEST as u64, 1u64 << 9);
        assert_eq!(Ctls::Entry.bit_name(10), Some("Entry to SMM"));
        assert_eq!(ctl::entry::ENTRY_TO_SMM as u64, 1u64 << 10);
        assert_eq!(Ctls::Entry.bit_name(11), Some("Deactivate dual-monitor treatment"));
        assert_eq!(ctl::entry::DEACTIVATE_DUAL_MONITOR_TREATMENT as u64, 1u64 << 11);
        assert_eq!(Ctls::Entry.bit_name(13), Some("Load IA32_PERF_GLOBAL_CTRL"));
        assert_eq!(ctl::entry::LOAD_IA32_PERF_GLOBAL_CTRL as u64, 1u64 << 13);
        assert_eq!(Ctls::Entry.bit_name(14), Some("Load IA32_PAT"));
        assert_eq!(ctl::entry::LOAD_IA32_PAT as u64, 1u64 << 14);
        assert_eq!(Ctls::Entry.bit_name(15), Some("Load IA32_EFER"));
        assert_eq!(ctl::entry::LOAD_IA32_EFER as u64, 1u64 << 15);
        assert_eq!(Ctls::Entry.bit_name(16), Some("Load IA32_BNDCFGS"));
        assert_eq!(ctl::entry::LOAD_IA32_BNDCFGS as u64, 1u64 << 16);
        assert_eq!(Ctls::Entry.bit_name(17), Some("Conceal VMX from PT"));
        assert_eq!(ctl::entry::CONCEAL_VMX_FROM_PT as u64, 1u64 << 17);
        assert_eq!(Ctls::Entry.bit_name(18), Some("Load IA32_RTIT_CTL"));
        assert_eq!(ctl::entry::LOAD_IA32_RTIT_CTL as u64, 1u64 << 18);
        assert_eq!(Ctls::Entry.bit_name(19), Some("Load UINV"));
        assert_eq!(ctl::entry::LOAD_UINV as u64, 1u64 << 19);
        assert_eq!(Ctls::Entry.bit_name(20), Some("Load CET state"));
        assert_eq!(ctl::entry::LOAD_CET_STATE as u64, 1u64 << 20);
        assert_eq!(Ctls::Entry.bit_name(21), Some("Load guest IA32_LBR_CTL"));
        assert_eq!(ctl::entry::LOAD_GUEST_IA32_LBR_CTL as u64, 1u64 << 21);
        assert_eq!(Ctls::Entry.bit_name(22), Some("Load PKRS"));
        assert_eq!(ctl::entry::LOAD_PKRS as u64, 1u64 << 22);
        assert_eq!(Ctls::Entry.bit_name(23), Some("Load FRED"));
        assert_eq!(ctl::entry::LOAD_FRED as u64, 1u64 << 23);
        assert_eq!(Ctls::Entry.msr(1 << 55), 0x490);
        assert_eq!(Ctls::Entry.msr(0), 0x484);
        // allowed-0 0x1 (bit 0 forced), allowed-1 0x7: bit 3 required but not allowed.
        assert_eq!(Ctls::Entry.adjust(0x7_0000_0001, 0x8 | 0x2, 0x4), (0x7, 0x8));
    }
}
