// SPDX-License-Identifier: MIT
// DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
// (template gen/backends/rust/templates/tables.rs.j2).  Edit the spec and run make.

//! AMD SVM tables: exit reasons, capability MSRs.

/// Basic exit reasons, AMD APM Vol. 2, Appendix C (SVM Intercept Exit Codes),
/// Table C-1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(i64)]
pub enum ExitReason {
    /// read of CR0
    Cr0Read = 0,
    /// read of CR1
    Cr1Read = 1,
    /// read of CR2
    Cr2Read = 2,
    /// read of CR3
    Cr3Read = 3,
    /// read of CR4
    Cr4Read = 4,
    /// read of CR5
    Cr5Read = 5,
    /// read of CR6
    Cr6Read = 6,
    /// read of CR7
    Cr7Read = 7,
    /// read of CR8
    Cr8Read = 8,
    /// read of CR9
    Cr9Read = 9,
    /// read of CR10
    Cr10Read = 10,
    /// read of CR11
    Cr11Read = 11,
    /// read of CR12
    Cr12Read = 12,
    /// read of CR13
    Cr13Read = 13,
    /// read of CR14
    Cr14Read = 14,
    /// read of CR15
    Cr15Read = 15,
    /// write of CR0
    Cr0Write = 16,
    /// write of CR1
    Cr1Write = 17,
    /// write of CR2
    Cr2Write = 18,
    /// write of CR3
    Cr3Write = 19,
    /// write of CR4
    Cr4Write = 20,
    /// write of CR5
    Cr5Write = 21,
    /// write of CR6
    Cr6Write = 22,
    /// write of CR7
    Cr7Write = 23,
    /// write of CR8
    Cr8Write = 24,
    /// write of CR9
    Cr9Write = 25,
    /// write of CR10
    Cr10Write = 26,
    /// write of CR11
    Cr11Write = 27,
    /// write of CR12
    Cr12Write = 28,
    /// write of CR13
    Cr13Write = 29,
    /// write of CR14
    Cr14Write = 30,
    /// write of CR15
    Cr15Write = 31,
    /// read of DR0
    Dr0Read = 32,
    /// read of DR1
    Dr1Read = 33,
    /// read of DR2
    Dr2Read = 34,
    /// read of DR3
    Dr3Read = 35,
    /// read of DR4
    Dr4Read = 36,
    /// read of DR5
    Dr5Read = 37,
    /// read of DR6
    Dr6Read = 38,
    /// read of DR7
    Dr7Read = 39,
    /// read of DR8
    Dr8Read = 40,
    /// read of DR9
    Dr9Read = 41,
    /// read of DR10
    Dr10Read = 42,
    /// read of DR11
    Dr11Read = 43,
    /// read of DR12
    Dr12Read = 44,
    /// read of DR13
    Dr13Read = 45,
    /// read of DR14
    Dr14Read = 46,
    /// read of DR15
    Dr15Read = 47,
    /// write of DR0
    Dr0Write = 48,
    /// write of DR1
    Dr1Write = 49,
    /// write of DR2
    Dr2Write = 50,
    /// write of DR3
    Dr3Write = 51,
    /// write of DR4
    Dr4Write = 52,
    /// write of DR5
    Dr5Write = 53,
    /// write of DR6
    Dr6Write = 54,
    /// write of DR7
    Dr7Write = 55,
    /// write of DR8
    Dr8Write = 56,
    /// write of DR9
    Dr9Write = 57,
    /// write of DR10
    Dr10Write = 58,
    /// write of DR11
    Dr11Write = 59,
    /// write of DR12
    Dr12Write = 60,
    /// write of DR13
    Dr13Write = 61,
    /// write of DR14
    Dr14Write = 62,
    /// write of DR15
    Dr15Write = 63,
    /// exception #DE, divide error (vector 0)
    ExcpDe = 64,
    /// exception #DB, debug (vector 1)
    ExcpDb = 65,
    /// exception NMI (vector 2) (vector 2)
    ExcpNmi = 66,
    /// exception #BP, breakpoint (vector 3)
    ExcpBp = 67,
    /// exception #OF, overflow (vector 4)
    ExcpOf = 68,
    /// exception #BR, bound range (vector 5)
    ExcpBr = 69,
    /// exception #UD, invalid opcode (vector 6)
    ExcpUd = 70,
    /// exception #NM, device not available (vector 7)
    ExcpNm = 71,
    /// exception #DF, double fault (vector 8)
    ExcpDf = 72,
    /// exception vector 9 (reserved vector)
    Excp9 = 73,
    /// exception #TS, invalid TSS (vector 10)
    ExcpTs = 74,
    /// exception #NP, segment not present (vector 11)
    ExcpNp = 75,
    /// exception #SS, stack fault (vector 12)
    ExcpSs = 76,
    /// exception #GP, general protection (vector 13)
    ExcpGp = 77,
    /// exception #PF, page fault (vector 14)
    ExcpPf = 78,
    /// exception vector 15 (reserved vector)
    Excp15 = 79,
    /// exception #MF, x87 floating-point (vector 16)
    ExcpMf = 80,
    /// exception #AC, alignment check (vector 17)
    ExcpAc = 81,
    /// exception #MC, machine check (vector 18)
    ExcpMc = 82,
    /// exception #XF, SIMD floating-point (vector 19)
    ExcpXf = 83,
    /// exception vector 20 (reserved vector)
    Excp20 = 84,
    /// exception #CP, control protection (vector 21)
    ExcpCp = 85,
    /// exception vector 22 (reserved vector)
    Excp22 = 86,
    /// exception vector 23 (reserved vector)
    Excp23 = 87,
    /// exception vector 24 (reserved vector)
    Excp24 = 88,
    /// exception vector 25 (reserved vector)
    Excp25 = 89,
    /// exception vector 26 (reserved vector)
    Excp26 = 90,
    /// exception vector 27 (reserved vector)
    Excp27 = 91,
    /// exception #HV, hypervisor injection (vector 28)
    ExcpHv = 92,
    /// exception #VC, VMM communication (vector 29)
    ExcpVc = 93,
    /// exception #SX, security (vector 30)
    ExcpSx = 94,
    /// exception vector 31 (reserved vector)
    Excp31 = 95,
    /// physical INTR (maskable interrupt)
    Intr = 96,
    /// physical NMI
    Nmi = 97,
    /// physical SMI
    Smi = 98,
    /// physical INIT
    Init = 99,
    /// virtual INTR
    Vintr = 100,
    /// write of CR0 that changed bits other than TS or MP
    Cr0SelWrite = 101,
    /// read of IDTR
    IdtrRead = 102,
    /// read of GDTR
    GdtrRead = 103,
    /// read of LDTR
    LdtrRead = 104,
    /// read of TR
    TrRead = 105,
    /// write of IDTR
    IdtrWrite = 106,
    /// write of GDTR
    GdtrWrite = 107,
    /// write of LDTR
    LdtrWrite = 108,
    /// write of TR
    TrWrite = 109,
    /// RDTSC
    Rdtsc = 110,
    /// RDPMC
    Rdpmc = 111,
    /// PUSHF
    Pushf = 112,
    /// POPF
    Popf = 113,
    /// CPUID
    Cpuid = 114,
    /// RSM
    Rsm = 115,
    /// IRET
    Iret = 116,
    /// software interrupt (INTn)
    Swint = 117,
    /// INVD
    Invd = 118,
    /// PAUSE
    Pause = 119,
    /// HLT
    Hlt = 120,
    /// INVLPG
    Invlpg = 121,
    /// INVLPGA
    Invlpga = 122,
    /// IN or OUT accessing protected port
    Ioio = 123,
    /// RDMSR or WRMSR access to protected MSR
    Msr = 124,
    /// task switch
    TaskSwitch = 125,
    /// FP error freeze
    FerrFreeze = 126,
    /// shutdown
    Shutdown = 127,
    /// VMRUN
    Vmrun = 128,
    /// VMMCALL
    Vmmcall = 129,
    /// VMLOAD
    Vmload = 130,
    /// VMSAVE
    Vmsave = 131,
    /// STGI
    Stgi = 132,
    /// CLGI
    Clgi = 133,
    /// SKINIT
    Skinit = 134,
    /// RDTSCP
    Rdtscp = 135,
    /// ICEBP
    Icebp = 136,
    /// WBINVD or WBNOINVD
    Wbinvd = 137,
    /// MONITOR or MONITORX
    Monitor = 138,
    /// MWAIT or MWAITX
    Mwait = 139,
    /// MWAIT or MWAITX with the monitor hardware armed
    MwaitConditional = 140,
    /// XSETBV
    Xsetbv = 141,
    /// RDPRU
    Rdpru = 142,
    /// write of EFER, after it completed (a trap)
    EferWriteTrap = 143,
    /// write of CR0, after it completed (a trap)
    Cr0WriteTrap = 144,
    /// write of CR1, after it completed (a trap)
    Cr1WriteTrap = 145,
    /// write of CR2, after it completed (a trap)
    Cr2WriteTrap = 146,
    /// write of CR3, after it completed (a trap)
    Cr3WriteTrap = 147,
    /// write of CR4, after it completed (a trap)
    Cr4WriteTrap = 148,
    /// write of CR5, after it completed (a trap)
    Cr5WriteTrap = 149,
    /// write of CR6, after it completed (a trap)
    Cr6WriteTrap = 150,
    /// write of CR7, after it completed (a trap)
    Cr7WriteTrap = 151,
    /// write of CR8, after it completed (a trap)
    Cr8WriteTrap = 152,
    /// write of CR9, after it completed (a trap)
    Cr9WriteTrap = 153,
    /// write of CR10, after it completed (a trap)
    Cr10WriteTrap = 154,
    /// write of CR11, after it completed (a trap)
    Cr11WriteTrap = 155,
    /// write of CR12, after it completed (a trap)
    Cr12WriteTrap = 156,
    /// write of CR13, after it completed (a trap)
    Cr13WriteTrap = 157,
    /// write of CR14, after it completed (a trap)
    Cr14WriteTrap = 158,
    /// write of CR15, after it completed (a trap)
    Cr15WriteTrap = 159,
    /// INVLPGB
    Invlpgb = 160,
    /// INVLPGB with an illegal operand
    InvlpgbIllegal = 161,
    /// INVPCID
    Invpcid = 162,
    /// MCOMMIT
    Mcommit = 163,
    /// TLBSYNC
    Tlbsync = 164,
    /// bus lock with the bus lock counter at zero
    Buslock = 165,
    /// HLT with no virtual interrupt or NMI pending (idle HLT intercept)
    IdleHlt = 166,
    /// nested page fault (EXITINFO1: layout npf_exit_info_1; EXITINFO2: the
    /// guest physical address)
    Npf = 1024,
    /// AVIC: an IPI that could not be delivered to every target
    AvicIncompleteIpi = 1025,
    /// AVIC: a virtual APIC access that is not accelerated
    AvicNoaccel = 1026,
    /// VMGEXIT
    Vmgexit = 1027,
    /// VMEXIT_INVALID: invalid guest state in the VMCB (VMRUN failed)
    Invalid = -1,
    /// VMEXIT_BUSY: the BUSY bit was set in the encrypted VMSA
    Busy = -2,
    /// VMEXIT_IDLE_REQUIRED: the sibling thread is not in an idle state
    IdleRequired = -3,
    /// VMEXIT_INVALID_PMC: invalid PMC state
    InvalidPmc = -4,
}

impl ExitReason {
    /// The entry with this number, if the manual assigns it.
    pub const fn from_raw(raw: i64) -> Option<Self> {
        match raw {
            0 => Some(Self::Cr0Read),
            1 => Some(Self::Cr1Read),
            2 => Some(Self::Cr2Read),
            3 => Some(Self::Cr3Read),
            4 => Some(Self::Cr4Read),
            5 => Some(Self::Cr5Read),
            6 => Some(Self::Cr6Read),
            7 => Some(Self::Cr7Read),
            8 => Some(Self::Cr8Read),
            9 => Some(Self::Cr9Read),
            10 => Some(Self::Cr10Read),
            11 => Some(Self::Cr11Read),
            12 => Some(Self::Cr12Read),
            13 => Some(Self::Cr13Read),
            14 => Some(Self::Cr14Read),
            15 => Some(Self::Cr15Read),
            16 => Some(Self::Cr0Write),
            17 => Some(Self::Cr1Write),
            18 => Some(Self::Cr2Write),
            19 => Some(Self::Cr3Write),
            20 => Some(Self::Cr4Write),
            21 => Some(Self::Cr5Write),
            22 => Some(Self::Cr6Write),
            23 => Some(Self::Cr7Write),
            24 => Some(Self::Cr8Write),
            25 => Some(Self::Cr9Write),
            26 => Some(Self::Cr10Write),
            27 => Some(Self::Cr11Write),
            28 => Some(Self::Cr12Write),
            29 => Some(Self::Cr13Write),
            30 => Some(Self::Cr14Write),
            31 => Some(Self::Cr15Write),
            32 => Some(Self::Dr0Read),
            33 => Some(Self::Dr1Read),
            34 => Some(Self::Dr2Read),
            35 => Some(Self::Dr3Read),
            36 => Some(Self::Dr4Read),
            37 => Some(Self::Dr5Read),
            38 => Some(Self::Dr6Read),
            39 => Some(Self::Dr7Read),
            40 => Some(Self::Dr8Read),
            41 => Some(Self::Dr9Read),
            42 => Some(Self::Dr10Read),
            43 => Some(Self::Dr11Read),
            44 => Some(Self::Dr12Read),
            45 => Some(Self::Dr13Read),
            46 => Some(Self::Dr14Read),
            47 => Some(Self::Dr15Read),
            48 => Some(Self::Dr0Write),
            49 => Some(Self::Dr1Write),
            50 => Some(Self::Dr2Write),
            51 => Some(Self::Dr3Write),
            52 => Some(Self::Dr4Write),
            53 => Some(Self::Dr5Write),
            54 => Some(Self::Dr6Write),
            55 => Some(Self::Dr7Write),
            56 => Some(Self::Dr8Write),
            57 => Some(Self::Dr9Write),
            58 => Some(Self::Dr10Write),
            59 => Some(Self::Dr11Write),
            60 => Some(Self::Dr12Write),
            61 => Some(Self::Dr13Write),
            62 => Some(Self::Dr14Write),
            63 => Some(Self::Dr15Write),
            64 => Some(Self::ExcpDe),
            65 => Some(Self::ExcpDb),
            66 => Some(Self::ExcpNmi),
            67 => Some(Self::ExcpBp),
            68 => Some(Self::ExcpOf),
            69 => Some(Self::ExcpBr),
            70 => Some(Self::ExcpUd),
            71 => Some(Self::ExcpNm),
            72 => Some(Self::ExcpDf),
            73 => Some(Self::Excp9),
            74 => Some(Self::ExcpTs),
            75 => Some(Self::ExcpNp),
            76 => Some(Self::ExcpSs),
            77 => Some(Self::ExcpGp),
            78 => Some(Self::ExcpPf),
            79 => Some(Self::Excp15),
            80 => Some(Self::ExcpMf),
            81 => Some(Self::ExcpAc),
            82 => Some(Self::ExcpMc),
            83 => Some(Self::ExcpXf),
            84 => Some(Self::Excp20),
            85 => Some(Self::ExcpCp),
            86 => Some(Self::Excp22),
            87 => Some(Self::Excp23),
            88 => Some(Self::Excp24),
            89 => Some(Self::Excp25),
            90 => Some(Self::Excp26),
            91 => Some(Self::Excp27),
            92 => Some(Self::ExcpHv),
            93 => Some(Self::ExcpVc),
            94 => Some(Self::ExcpSx),
            95 => Some(Self::Excp31),
            96 => Some(Self::Intr),
            97 => Some(Self::Nmi),
            98 => Some(Self::Smi),
            99 => Some(Self::Init),
            100 => Some(Self::Vintr),
            101 => Some(Self::Cr0SelWrite),
            102 => Some(Self::IdtrRead),
            103 => Some(Self::GdtrRead),
            104 => Some(Self::LdtrRead),
            105 => Some(Self::TrRead),
            106 => Some(Self::IdtrWrite),
            107 => Some(Self::GdtrWrite),
            108 => Some(Self::LdtrWrite),
            109 => Some(Self::TrWrite),
            110 => Some(Self::Rdtsc),
            111 => Some(Self::Rdpmc),
            112 => Some(Self::Pushf),
            113 => Some(Self::Popf),
            114 => Some(Self::Cpuid),
            115 => Some(Self::Rsm),
            116 => Some(Self::Iret),
            117 => Some(Self::Swint),
            118 => Some(Self::Invd),
            119 => Some(Self::Pause),
            120 => Some(Self::Hlt),
            121 => Some(Self::Invlpg),
            122 => Some(Self::Invlpga),
            123 => Some(Self::Ioio),
            124 => Some(Self::Msr),
            125 => Some(Self::TaskSwitch),
            126 => Some(Self::FerrFreeze),
            127 => Some(Self::Shutdown),
            128 => Some(Self::Vmrun),
            129 => Some(Self::Vmmcall),
            130 => Some(Self::Vmload),
            131 => Some(Self::Vmsave),
            132 => Some(Self::Stgi),
            133 => Some(Self::Clgi),
            134 => Some(Self::Skinit),
            135 => Some(Self::Rdtscp),
            136 => Some(Self::Icebp),
            137 => Some(Self::Wbinvd),
            138 => Some(Self::Monitor),
            139 => Some(Self::Mwait),
            140 => Some(Self::MwaitConditional),
            141 => Some(Self::Xsetbv),
            142 => Some(Self::Rdpru),
            143 => Some(Self::EferWriteTrap),
            144 => Some(Self::Cr0WriteTrap),
            145 => Some(Self::Cr1WriteTrap),
            146 => Some(Self::Cr2WriteTrap),
            147 => Some(Self::Cr3WriteTrap),
            148 => Some(Self::Cr4WriteTrap),
            149 => Some(Self::Cr5WriteTrap),
            150 => Some(Self::Cr6WriteTrap),
            151 => Some(Self::Cr7WriteTrap),
            152 => Some(Self::Cr8WriteTrap),
            153 => Some(Self::Cr9WriteTrap),
            154 => Some(Self::Cr10WriteTrap),
            155 => Some(Self::Cr11WriteTrap),
            156 => Some(Self::Cr12WriteTrap),
            157 => Some(Self::Cr13WriteTrap),
            158 => Some(Self::Cr14WriteTrap),
            159 => Some(Self::Cr15WriteTrap),
            160 => Some(Self::Invlpgb),
            161 => Some(Self::InvlpgbIllegal),
            162 => Some(Self::Invpcid),
            163 => Some(Self::Mcommit),
            164 => Some(Self::Tlbsync),
            165 => Some(Self::Buslock),
            166 => Some(Self::IdleHlt),
            1024 => Some(Self::Npf),
            1025 => Some(Self::AvicIncompleteIpi),
            1026 => Some(Self::AvicNoaccel),
            1027 => Some(Self::Vmgexit),
            -1 => Some(Self::Invalid),
            -2 => Some(Self::Busy),
            -3 => Some(Self::IdleRequired),
            -4 => Some(Self::InvalidPmc),
            _ => None,
        }
    }

    /// Its name, as the C header's svm_exit_reason_name() gives it.
    pub const fn name(self) -> &'static str {
        match self {
            Self::Cr0Read => "CR0_READ",
            Self::Cr1Read => "CR1_READ",
            Self::Cr2Read => "CR2_READ",
            Self::Cr3Read => "CR3_READ",
            Self::Cr4Read => "CR4_READ",
            Self::Cr5Read => "CR5_READ",
            Self::Cr6Read => "CR6_READ",
            Self::Cr7Read => "CR7_READ",
            Self::Cr8Read => "CR8_READ",
            Self::Cr9Read => "CR9_READ",
            Self::Cr10Read => "CR10_READ",
            Self::Cr11Read => "CR11_READ",
            Self::Cr12Read => "CR12_READ",
            Self::Cr13Read => "CR13_READ",
            Self::Cr14Read => "CR14_READ",
            Self::Cr15Read => "CR15_READ",
            Self::Cr0Write => "CR0_WRITE",
            Self::Cr1Write => "CR1_WRITE",
            Self::Cr2Write => "CR2_WRITE",
            Self::Cr3Write => "CR3_WRITE",
            Self::Cr4Write => "CR4_WRITE",
            Self::Cr5Write => "CR5_WRITE",
            Self::Cr6Write => "CR6_WRITE",
            Self::Cr7Write => "CR7_WRITE",
            Self::Cr8Write => "CR8_WRITE",
            Self::Cr9Write => "CR9_WRITE",
            Self::Cr10Write => "CR10_WRITE",
            Self::Cr11Write => "CR11_WRITE",
            Self::Cr12Write => "CR12_WRITE",
            Self::Cr13Write => "CR13_WRITE",
            Self::Cr14Write => "CR14_WRITE",
            Self::Cr15Write => "CR15_WRITE",
            Self::Dr0Read => "DR0_READ",
            Self::Dr1Read => "DR1_READ",
            Self::Dr2Read => "DR2_READ",
            Self::Dr3Read => "DR3_READ",
            Self::Dr4Read => "DR4_READ",
            Self::Dr5Read => "DR5_READ",
            Self::Dr6Read => "DR6_READ",
            Self::Dr7Read => "DR7_READ",
            Self::Dr8Read => "DR8_READ",
            Self::Dr9Read => "DR9_READ",
            Self::Dr10Read => "DR10_READ",
            Self::Dr11Read => "DR11_READ",
            Self::Dr12Read => "DR12_READ",
            Self::Dr13Read => "DR13_READ",
            Self::Dr14Read => "DR14_READ",
            Self::Dr15Read => "DR15_READ",
            Self::Dr0Write => "DR0_WRITE",
            Self::Dr1Write => "DR1_WRITE",
            Self::Dr2Write => "DR2_WRITE",
            Self::Dr3Write => "DR3_WRITE",
            Self::Dr4Write => "DR4_WRITE",
            Self::Dr5Write => "DR5_WRITE",
            Self::Dr6Write => "DR6_WRITE",
            Self::Dr7Write => "DR7_WRITE",
            Self::Dr8Write => "DR8_WRITE",
            Self::Dr9Write => "DR9_WRITE",
            Self::Dr10Write => "DR10_WRITE",
            Self::Dr11Write => "DR11_WRITE",
            Self::Dr12Write => "DR12_WRITE",
            Self::Dr13Write => "DR13_WRITE",
            Self::Dr14Write => "DR14_WRITE",
            Self::Dr15Write => "DR15_WRITE",
            Self::ExcpDe => "EXCP_DE",
            Self::ExcpDb => "EXCP_DB",
            Self::ExcpNmi => "EXCP_NMI",
            Self::ExcpBp => "EXCP_BP",
            Self::ExcpOf => "EXCP_OF",
            Self::ExcpBr => "EXCP_BR",
            Self::ExcpUd => "EXCP_UD",
            Self::ExcpNm => "EXCP_NM",
            Self::ExcpDf => "EXCP_DF",
            Self::Excp9 => "EXCP_9",
            Self::ExcpTs => "EXCP_TS",
            Self::ExcpNp => "EXCP_NP",
            Self::ExcpSs => "EXCP_SS",
            Self::ExcpGp => "EXCP_GP",
            Self::ExcpPf => "EXCP_PF",
            Self::Excp15 => "EXCP_15",
            Self::ExcpMf => "EXCP_MF",
            Self::ExcpAc => "EXCP_AC",
            Self::ExcpMc => "EXCP_MC",
            Self::ExcpXf => "EXCP_XF",
            Self::Excp20 => "EXCP_20",
            Self::ExcpCp => "EXCP_CP",
            Self::Excp22 => "EXCP_22",
            Self::Excp23 => "EXCP_23",
            Self::Excp24 => "EXCP_24",
            Self::Excp25 => "EXCP_25",
            Self::Excp26 => "EXCP_26",
            Self::Excp27 => "EXCP_27",
            Self::ExcpHv => "EXCP_HV",
            Self::ExcpVc => "EXCP_VC",
            Self::ExcpSx => "EXCP_SX",
            Self::Excp31 => "EXCP_31",
            Self::Intr => "INTR",
            Self::Nmi => "NMI",
            Self::Smi => "SMI",
            Self::Init => "INIT",
            Self::Vintr => "VINTR",
            Self::Cr0SelWrite => "CR0_SEL_WRITE",
            Self::IdtrRead => "IDTR_READ",
            Self::GdtrRead => "GDTR_READ",
            Self::LdtrRead => "LDTR_READ",
            Self::TrRead => "TR_READ",
            Self::IdtrWrite => "IDTR_WRITE",
            Self::GdtrWrite => "GDTR_WRITE",
            Self::LdtrWrite => "LDTR_WRITE",
            Self::TrWrite => "TR_WRITE",
            Self::Rdtsc => "RDTSC",
            Self::Rdpmc => "RDPMC",
            Self::Pushf => "PUSHF",
            Self::Popf => "POPF",
            Self::Cpuid => "CPUID",
            Self::Rsm => "RSM",
            Self::Iret => "IRET",
            Self::Swint => "SWINT",
            Self::Invd => "INVD",
            Self::Pause => "PAUSE",
            Self::Hlt => "HLT",
            Self::Invlpg => "INVLPG",
            Self::Invlpga => "INVLPGA",
            Self::Ioio => "IOIO",
            Self::Msr => "MSR",
            Self::TaskSwitch => "TASK_SWITCH",
            Self::FerrFreeze => "FERR_FREEZE",
            Self::Shutdown => "SHUTDOWN",
            Self::Vmrun => "VMRUN",
            Self::Vmmcall => "VMMCALL",
            Self::Vmload => "VMLOAD",
            Self::Vmsave => "VMSAVE",
            Self::Stgi => "STGI",
            Self::Clgi => "CLGI",
            Self::Skinit => "SKINIT",
            Self::Rdtscp => "RDTSCP",
            Self::Icebp => "ICEBP",
            Self::Wbinvd => "WBINVD",
            Self::Monitor => "MONITOR",
            Self::Mwait => "MWAIT",
            Self::MwaitConditional => "MWAIT_CONDITIONAL",
            Self::Xsetbv => "XSETBV",
            Self::Rdpru => "RDPRU",
            Self::EferWriteTrap => "EFER_WRITE_TRAP",
            Self::Cr0WriteTrap => "CR0_WRITE_TRAP",
            Self::Cr1WriteTrap => "CR1_WRITE_TRAP",
            Self::Cr2WriteTrap => "CR2_WRITE_TRAP",
            Self::Cr3WriteTrap => "CR3_WRITE_TRAP",
            Self::Cr4WriteTrap => "CR4_WRITE_TRAP",
            Self::Cr5WriteTrap => "CR5_WRITE_TRAP",
            Self::Cr6WriteTrap => "CR6_WRITE_TRAP",
            Self::Cr7WriteTrap => "CR7_WRITE_TRAP",
            Self::Cr8WriteTrap => "CR8_WRITE_TRAP",
            Self::Cr9WriteTrap => "CR9_WRITE_TRAP",
            Self::Cr10WriteTrap => "CR10_WRITE_TRAP",
            Self::Cr11WriteTrap => "CR11_WRITE_TRAP",
            Self::Cr12WriteTrap => "CR12_WRITE_TRAP",
            Self::Cr13WriteTrap => "CR13_WRITE_TRAP",
            Self::Cr14WriteTrap => "CR14_WRITE_TRAP",
            Self::Cr15WriteTrap => "CR15_WRITE_TRAP",
            Self::Invlpgb => "INVLPGB",
            Self::InvlpgbIllegal => "INVLPGB_ILLEGAL",
            Self::Invpcid => "INVPCID",
            Self::Mcommit => "MCOMMIT",
            Self::Tlbsync => "TLBSYNC",
            Self::Buslock => "BUSLOCK",
            Self::IdleHlt => "IDLE_HLT",
            Self::Npf => "NPF",
            Self::AvicIncompleteIpi => "AVIC_INCOMPLETE_IPI",
            Self::AvicNoaccel => "AVIC_NOACCEL",
            Self::Vmgexit => "VMGEXIT",
            Self::Invalid => "INVALID",
            Self::Busy => "BUSY",
            Self::IdleRequired => "IDLE_REQUIRED",
            Self::InvalidPmc => "INVALID_PMC",
        }
    }

    /// The manual's description.
    pub const fn description(self) -> &'static str {
        match self {
            Self::Cr0Read => "read of CR0",
            Self::Cr1Read => "read of CR1",
            Self::Cr2Read => "read of CR2",
            Self::Cr3Read => "read of CR3",
            Self::Cr4Read => "read of CR4",
            Self::Cr5Read => "read of CR5",
            Self::Cr6Read => "read of CR6",
            Self::Cr7Read => "read of CR7",
            Self::Cr8Read => "read of CR8",
            Self::Cr9Read => "read of CR9",
            Self::Cr10Read => "read of CR10",
            Self::Cr11Read => "read of CR11",
            Self::Cr12Read => "read of CR12",
            Self::Cr13Read => "read of CR13",
            Self::Cr14Read => "read of CR14",
            Self::Cr15Read => "read of CR15",
            Self::Cr0Write => "write of CR0",
            Self::Cr1Write => "write of CR1",
            Self::Cr2Write => "write of CR2",
            Self::Cr3Write => "write of CR3",
            Self::Cr4Write => "write of CR4",
            Self::Cr5Write => "write of CR5",
            Self::Cr6Write => "write of CR6",
            Self::Cr7Write => "write of CR7",
            Self::Cr8Write => "write of CR8",
            Self::Cr9Write => "write of CR9",
            Self::Cr10Write => "write of CR10",
            Self::Cr11Write => "write of CR11",
            Self::Cr12Write => "write of CR12",
            Self::Cr13Write => "write of CR13",
            Self::Cr14Write => "write of CR14",
            Self::Cr15Write => "write of CR15",
            Self::Dr0Read => "read of DR0",
            Self::Dr1Read => "read of DR1",
            Self::Dr2Read => "read of DR2",
            Self::Dr3Read => "read of DR3",
            Self::Dr4Read => "read of DR4",
            Self::Dr5Read => "read of DR5",
            Self::Dr6Read => "read of DR6",
            Self::Dr7Read => "read of DR7",
            Self::Dr8Read => "read of DR8",
            Self::Dr9Read => "read of DR9",
            Self::Dr10Read => "read of DR10",
            Self::Dr11Read => "read of DR11",
            Self::Dr12Read => "read of DR12",
            Self::Dr13Read => "read of DR13",
            Self::Dr14Read => "read of DR14",
            Self::Dr15Read => "read of DR15",
            Self::Dr0Write => "write of DR0",
            Self::Dr1Write => "write of DR1",
            Self::Dr2Write => "write of DR2",
            Self::Dr3Write => "write of DR3",
            Self::Dr4Write => "write of DR4",
            Self::Dr5Write => "write of DR5",
            Self::Dr6Write => "write of DR6",
            Self::Dr7Write => "write of DR7",
            Self::Dr8Write => "write of DR8",
            Self::Dr9Write => "write of DR9",
            Self::Dr10Write => "write of DR10",
            Self::Dr11Write => "write of DR11",
            Self::Dr12Write => "write of DR12",
            Self::Dr13Write => "write of DR13",
            Self::Dr14Write => "write of DR14",
            Self::Dr15Write => "write of DR15",
            Self::ExcpDe => "exception #DE, divide error (vector 0)",
            Self::ExcpDb => "exception #DB, debug (vector 1)",
            Self::ExcpNmi => "exception NMI (vector 2) (vector 2)",
            Self::ExcpBp => "exception #BP, breakpoint (vector 3)",
            Self::ExcpOf => "exception #OF, overflow (vector 4)",
            Self::ExcpBr => "exception #BR, bound range (vector 5)",
            Self::ExcpUd => "exception #UD, invalid opcode (vector 6)",
            Self::ExcpNm => "exception #NM, device not available (vector 7)",
            Self::ExcpDf => "exception #DF, double fault (vector 8)",
            Self::Excp9 => "exception vector 9 (reserved vector)",
            Self::ExcpTs => "exception #TS, invalid TSS (vector 10)",
            Self::ExcpNp => "exception #NP, segment not present (vector 11)",
            Self::ExcpSs => "exception #SS, stack fault (vector 12)",
            Self::ExcpGp => "exception #GP, general protection (vector 13)",
            Self::ExcpPf => "exception #PF, page fault (vector 14)",
            Self::Excp15 => "exception vector 15 (reserved vector)",
            Self::ExcpMf => "exception #MF, x87 floating-point (vector 16)",
            Self::ExcpAc => "exception #AC, alignment check (vector 17)",
            Self::ExcpMc => "exception #MC, machine check (vector 18)",
            Self::ExcpXf => "exception #XF, SIMD floating-point (vector 19)",
            Self::Excp20 => "exception vector 20 (reserved vector)",
            Self::ExcpCp => "exception #CP, control protection (vector 21)",
            Self::Excp22 => "exception vector 22 (reserved vector)",
            Self::Excp23 => "exception vector 23 (reserved vector)",
            Self::Excp24 => "exception vector 24 (reserved vector)",
            Self::Excp25 => "exception vector 25 (reserved vector)",
            Self::Excp26 => "exception vector 26 (reserved vector)",
            Self::Excp27 => "exception vector 27 (reserved vector)",
            Self::ExcpHv => "exception #HV, hypervisor injection (vector 28)",
            Self::ExcpVc => "exception #VC, VMM communication (vector 29)",
            Self::ExcpSx => "exception #SX, security (vector 30)",
            Self::Excp31 => "exception vector 31 (reserved vector)",
            Self::Intr => "physical INTR (maskable interrupt)",
            Self::Nmi => "physical NMI",
            Self::Smi => "physical SMI",
            Self::Init => "physical INIT",
            Self::Vintr => "virtual INTR",
            Self::Cr0SelWrite => "write of CR0 that changed bits other than TS or MP",
            Self::IdtrRead => "read of IDTR",
            Self::GdtrRead => "read of GDTR",
            Self::LdtrRead => "read of LDTR",
            Self::TrRead => "read of TR",
            Self::IdtrWrite => "write of IDTR",
            Self::GdtrWrite => "write of GDTR",
            Self::LdtrWrite => "write of LDTR",
            Self::TrWrite => "write of TR",
            Self::Rdtsc => "RDTSC",
            Self::Rdpmc => "RDPMC",
            Self::Pushf => "PUSHF",
            Self::Popf => "POPF",
            Self::Cpuid => "CPUID",
            Self::Rsm => "RSM",
            Self::Iret => "IRET",
            Self::Swint => "software interrupt (INTn)",
            Self::Invd => "INVD",
            Self::Pause => "PAUSE",
            Self::Hlt => "HLT",
            Self::Invlpg => "INVLPG",
            Self::Invlpga => "INVLPGA",
            Self::Ioio => "IN or OUT accessing protected port",
            Self::Msr => "RDMSR or WRMSR access to protected MSR",
            Self::TaskSwitch => "task switch",
            Self::FerrFreeze => "FP error freeze",
            Self::Shutdown => "shutdown",
            Self::Vmrun => "VMRUN",
            Self::Vmmcall => "VMMCALL",
            Self::Vmload => "VMLOAD",
            Self::Vmsave => "VMSAVE",
            Self::Stgi => "STGI",
            Self::Clgi => "CLGI",
            Self::Skinit => "SKINIT",
            Self::Rdtscp => "RDTSCP",
            Self::Icebp => "ICEBP",
            Self::Wbinvd => "WBINVD or WBNOINVD",
            Self::Monitor => "MONITOR or MONITORX",
            Self::Mwait => "MWAIT or MWAITX",
            Self::MwaitConditional => "MWAIT or MWAITX with the monitor hardware armed",
            Self::Xsetbv => "XSETBV",
            Self::Rdpru => "RDPRU",
            Self::EferWriteTrap => "write of EFER, after it completed (a trap)",
            Self::Cr0WriteTrap => "write of CR0, after it completed (a trap)",
            Self::Cr1WriteTrap => "write of CR1, after it completed (a trap)",
            Self::Cr2WriteTrap => "write of CR2, after it completed (a trap)",
            Self::Cr3WriteTrap => "write of CR3, after it completed (a trap)",
            Self::Cr4WriteTrap => "write of CR4, after it completed (a trap)",
            Self::Cr5WriteTrap => "write of CR5, after it completed (a trap)",
            Self::Cr6WriteTrap => "write of CR6, after it completed (a trap)",
            Self::Cr7WriteTrap => "write of CR7, after it completed (a trap)",
            Self::Cr8WriteTrap => "write of CR8, after it completed (a trap)",
            Self::Cr9WriteTrap => "write of CR9, after it completed (a trap)",
            Self::Cr10WriteTrap => "write of CR10, after it completed (a trap)",
            Self::Cr11WriteTrap => "write of CR11, after it completed (a trap)",
            Self::Cr12WriteTrap => "write of CR12, after it completed (a trap)",
            Self::Cr13WriteTrap => "write of CR13, after it completed (a trap)",
            Self::Cr14WriteTrap => "write of CR14, after it completed (a trap)",
            Self::Cr15WriteTrap => "write of CR15, after it completed (a trap)",
            Self::Invlpgb => "INVLPGB",
            Self::InvlpgbIllegal => "INVLPGB with an illegal operand",
            Self::Invpcid => "INVPCID",
            Self::Mcommit => "MCOMMIT",
            Self::Tlbsync => "TLBSYNC",
            Self::Buslock => "bus lock with the bus lock counter at zero",
            Self::IdleHlt => "HLT with no virtual interrupt or NMI pending (idle HLT intercept)",
            Self::Npf => "nested page fault (EXITINFO1: layout npf_exit_info_1; EXITINFO2: the guest physical address)",
            Self::AvicIncompleteIpi => "AVIC: an IPI that could not be delivered to every target",
            Self::AvicNoaccel => "AVIC: a virtual APIC access that is not accelerated",
            Self::Vmgexit => "VMGEXIT",
            Self::Invalid => "VMEXIT_INVALID: invalid guest state in the VMCB (VMRUN failed)",
            Self::Busy => "VMEXIT_BUSY: the BUSY bit was set in the encrypted VMSA",
            Self::IdleRequired => "VMEXIT_IDLE_REQUIRED: the sibling thread is not in an idle state",
            Self::InvalidPmc => "VMEXIT_INVALID_PMC: invalid PMC state",
        }
    }
}

/// Capability MSRs: their indexes, and the bits of them the spec names (as
/// bit numbers, in a module per MSR).
pub mod msr {
    /// EFER, AMD APM Vol. 2, Section 3.1.7 (Extended Feature Enable Register) and 15.4.
    pub const EFER: u32 = 0xc0000080;
    /// VM_CR, AMD APM Vol. 2, Section 15.30.1 (VM_CR MSR).
    pub const VM_CR: u32 = 0xc0010114;
    /// VM_HSAVE_PA, AMD APM Vol. 2, Section 15.30.4 (VM_HSAVE_PA MSR).
    pub const VM_HSAVE_PA: u32 = 0xc0010117;
    /// SEV_ES_GHCB, AMD APM Vol. 2, Section 15.35.5 (GHCB); GHCB specification (56421), Section 2.3 (GHCB MSR).
    pub const SEV_ES_GHCB: u32 = 0xc0010130;

    /// Bit numbers of EFER.
    pub mod efer {
        /// SVME: enable SVM (VMRUN and the other SVM instructions #UD without
        /// it)
        pub const SVME: u32 = 12;
    }

    /// Bit numbers of VM_CR.
    pub mod vm_cr {
        /// DPD: debug port disable
        pub const DPD: u32 = 0;
        /// R_INIT: INIT is redirected (to #SX)
        pub const R_INIT: u32 = 1;
        /// DIS_A20M: A20 masking disabled
        pub const DIS_A20M: u32 = 2;
        /// LOCK: SVMDIS is read-only
        pub const LOCK: u32 = 3;
        /// SVMDIS: EFER.SVME cannot be set
        pub const SVMDIS: u32 = 4;
    }
}

#[cfg(test)]
mod tests {
    #[allow(unused_imports)]
    use super::*;

    #[test]
    fn table_exitreason() {
        assert_eq!(ExitReason::from_raw(0).map(ExitReason::name), Some("CR0_READ"));
        assert_eq!(ExitReason::from_raw(1).map(ExitReason::name), Some("CR1_READ"));
        assert_eq!(ExitReason::from_raw(2).map(ExitReason::name), Some("CR2_READ"));
        assert_eq!(ExitReason::from_raw(3).map(ExitReason::name), Some("CR3_READ"));
        assert_eq!(ExitReason::from_raw(4).map(ExitReason::name), Some("CR4_READ"));
        assert_eq!(ExitReason::from_raw(5).map(ExitReason::name), Some("CR5_READ"));
        assert_eq!(ExitReason::from_raw(6).map(ExitReason::name), Some("CR6_READ"));
        assert_eq!(ExitReason::from_raw(7).map(ExitReason::name), Some("CR7_READ"));
        assert_eq!(ExitReason::from_raw(8).map(ExitReason::name), Some("CR8_READ"));
        assert_eq!(ExitReason::from_raw(9).map(ExitReason::name), Some("CR9_READ"));
        assert_eq!(ExitReason::from_raw(10).map(ExitReason::name), Some("CR10_READ"));
        assert_eq!(ExitReason::from_raw(11).map(ExitReason::name), Some("CR11_READ"));
        assert_eq!(ExitReason::from_raw(12).map(ExitReason::name), Some("CR12_READ"));
        assert_eq!(ExitReason::from_raw(13).map(ExitReason::name), Some("CR13_READ"));
        assert_eq!(ExitReason::from_raw(14).map(ExitReason::name), Some("CR14_READ"));
        assert_eq!(ExitReason::from_raw(15).map(ExitReason::name), Some("CR15_READ"));
        assert_eq!(ExitReason::from_raw(16).map(ExitReason::name), Some("CR0_WRITE"));
        assert_eq!(ExitReason::from_raw(17).map(ExitReason::name), Some("CR1_WRITE"));
        assert_eq!(ExitReason::from_raw(18).map(ExitReason::name), Some("CR2_WRITE"));
        assert_eq!(ExitReason::from_raw(19).map(ExitReason::name), Some("CR3_WRITE"));
        assert_eq!(ExitReason::from_raw(20).map(ExitReason::name), Some("CR4_WRITE"));
        assert_eq!(ExitReason::from_raw(21).map(ExitReason::name), Some("CR5_WRITE"));
        assert_eq!(ExitReason::from_raw(22).map(ExitReason::name), Some("CR6_WRITE"));
        assert_eq!(ExitReason::from_raw(23).map(ExitReason::name), Some("CR7_WRITE"));
        assert_eq!(ExitReason::from_raw(24).map(ExitReason::name), Some("CR8_WRITE"));
        assert_eq!(ExitReason::from_raw(25).map(ExitReason::name), Some("CR9_WRITE"));
        assert_eq!(ExitReason::from_raw(26).map(ExitReason::name), Some("CR10_WRITE"));
        assert_eq!(ExitReason::from_raw(27).map(ExitReason::name), Some("CR11_WRITE"));
        assert_eq!(ExitReason::from_raw(28).map(ExitReason::name), Some("CR12_WRITE"));
        assert_eq!(ExitReason::from_raw(29).map(ExitReason::name), Some("CR13_WRITE"));
        assert_eq!(ExitReason::from_raw(30).map(ExitReason::name), Some("CR14_WRITE"));
        assert_eq!(ExitReason::from_raw(31).map(ExitReason::name), Some("CR15_WRITE"));
        assert_eq!(ExitReason::from_raw(32).map(ExitReason::name), Some("DR0_READ"));
        assert_eq!(ExitReason::from_raw(33).map(ExitReason::name), Some("DR1_READ"));
        assert_eq!(ExitReason::from_raw(34).map(ExitReason::name), Some("DR2_READ"));
        assert_eq!(ExitReason::from_raw(35).map(ExitReason::name), Some("DR3_READ"));
        assert_eq!(ExitReason::from_raw(36).map(ExitReason::name), Some("DR4_READ"));
        assert_eq!(ExitReason::from_raw(37).map(ExitReason::name), Some("DR5_READ"));
        assert_eq!(ExitReason::from_raw(38).map(ExitReason::name), Some("DR6_READ"));
        assert_eq!(ExitReason::from_raw(39).map(ExitReason::name), Some("DR7_READ"));
        assert_eq!(ExitReason::from_raw(40).map(ExitReason::name), Some("DR8_READ"));
        assert_eq!(ExitReason::from_raw(41).map(ExitReason::name), Some("DR9_READ"));
        assert_eq!(ExitReason::from_raw(42).map(ExitReason::name), Some("DR10_READ"));
        assert_eq!(ExitReason::from_raw(43).map(ExitReason::name), Some("DR11_READ"));
        assert_eq!(ExitReason::from_raw(44).map(ExitReason::name), Some("DR12_READ"));
        assert_eq!(ExitReason::from_raw(45).map(ExitReason::name), Some("DR13_READ"));
        assert_eq!(ExitReason::from_raw(46).map(ExitReason::name), Some("DR14_READ"));
        assert_eq!(ExitReason::from_raw(47).map(ExitReason::name), Some("DR15_READ"));
        assert_eq!(ExitReason::from_raw(48).map(ExitReason::name), Some("DR0_WRITE"));
        assert_eq!(ExitReason::from_raw(49).map(ExitReason::name), Some("DR1_WRITE"));
        assert_eq!(ExitReason::from_raw(50).map(ExitReason::name), Some("DR2_WRITE"));
        assert_eq!(ExitReason::from_raw(51).map(ExitReason::name), Some("DR3_WRITE"));
        assert_eq!(ExitReason::from_raw(52).map(ExitReason::name), Some("DR4_WRITE"));
        assert_eq!(ExitReason::from_raw(53).map(ExitReason::name), Some("DR5_WRITE"));
        assert_eq!(ExitReason::from_raw(54).map(ExitReason::name), Some("DR6_WRITE"));
        assert_eq!(ExitReason::from_raw(55).map(ExitReason::name), Some("DR7_WRITE"));
        assert_eq!(ExitReason::from_raw(56).map(ExitReason::name), Some("DR8_WRITE"));
        assert_eq!(ExitReason::from_raw(57).map(ExitReason::name), Some("DR9_WRITE"));
        assert_eq!(ExitReason::from_raw(58).map(ExitReason::name), Some("DR10_WRITE"));
        assert_eq!(ExitReason::from_raw(59).map(ExitReason::name), Some("DR11_WRITE"));
        assert_eq!(ExitReason::from_raw(60).map(ExitReason::name), Some("DR12_WRITE"));
        assert_eq!(ExitReason::from_raw(61).map(ExitReason::name), Some("DR13_WRITE"));
        assert_eq!(ExitReason::from_raw(62).map(ExitReason::name), Some("DR14_WRITE"));
        assert_eq!(ExitReason::from_raw(63).map(ExitReason::name), Some("DR15_WRITE"));
        assert_eq!(ExitReason::from_raw(64).map(ExitReason::name), Some("EXCP_DE"));
        assert_eq!(ExitReason::from_raw(65).map(ExitReason::name), Some("EXCP_DB"));
        assert_eq!(ExitReason::from_raw(66).map(ExitReason::name), Some("EXCP_NMI"));
        assert_eq!(ExitReason::from_raw(67).map(ExitReason::name), Some("EXCP_BP"));
        assert_eq!(ExitReason::from_raw(68).map(ExitReason::name), Some("EXCP_OF"));
        assert_eq!(ExitReason::from_raw(69).map(ExitReason::name), Some("EXCP_BR"));
        assert_eq!(ExitReason::from_raw(70).map(ExitReason::name), Some("EXCP_UD"));
        assert_eq!(ExitReason::from_raw(71).map(ExitReason::name), Some("EXCP_NM"));
        assert_eq!(ExitReason::from_raw(72).map(ExitReason::name), Some("EXCP_DF"));
        assert_eq!(ExitReason::from_raw(73).map(ExitReason::name), Some("EXCP_9"));
        assert_eq!(ExitReason::from_raw(74).map(ExitReason::name), Some("EXCP_TS"));
        assert_eq!(ExitReason::from_raw(75).map(ExitReason::name), Some("EXCP_NP"));
        assert_eq!(ExitReason::from_raw(76).map(ExitReason::name), Some("EXCP_SS"));
        assert_eq!(ExitReason::from_raw(77).map(ExitReason::name), Some("EXCP_GP"));
        assert_eq!(ExitReason::from_raw(78).map(ExitReason::name), Some("EXCP_PF"));
        assert_eq!(ExitReason::from_raw(79).map(ExitReason::name), Some("EXCP_15"));
        assert_eq!(ExitReason::from_raw(80).map(ExitReason::name), Some("EXCP_MF"));
        assert_eq!(ExitReason::from_raw(81).map(ExitReason::name), Some("EXCP_AC"));
        assert_eq!(ExitReason::from_raw(82).map(ExitReason::name), Some("EXCP_MC"));
        assert_eq!(ExitReason::from_raw(83).map(ExitReason::name), Some("EXCP_XF"));
        assert_eq!(ExitReason::from_raw(84).map(ExitReason::name), Some("EXCP_20"));
        assert_eq!(ExitReason::from_raw(85).map(ExitReason::name), Some("EXCP_CP"));
        assert_eq!(ExitReason::from_raw(86).map(ExitReason::name), Some("EXCP_22"));
        assert_eq!(ExitReason::from_raw(87).map(ExitReason::name), Some("EXCP_23"));
        assert_eq!(ExitReason::from_raw(88).map(ExitReason::name), Some("EXCP_24"));
        assert_eq!(ExitReason::from_raw(89).map(ExitReason::name), Some("EXCP_25"));
        assert_eq!(ExitReason::from_raw(90).map(ExitReason::name), Some("EXCP_26"));
        assert_eq!(ExitReason::from_raw(91).map(ExitReason::name), Some("EXCP_27"));
        assert_eq!(ExitReason::from_raw(92).map(ExitReason::name), Some("EXCP_HV"));
        assert_eq!(ExitReason::from_raw(93).map(ExitReason::name), Some("EXCP_VC"));
        assert_eq!(ExitReason::from_raw(94).map(ExitReason::name), Some("EXCP_SX"));
        assert_eq!(ExitReason::from_raw(95).map(ExitReason::name), Some("EXCP_31"));
        assert_eq!(ExitReason::from_raw(96).map(ExitReason::name), Some("INTR"));
        assert_eq!(ExitReason::from_raw(97).map(ExitReason::name), Some("NMI"));
        assert_eq!(ExitReason::from_raw(98).map(ExitReason::name), Some("SMI"));
        assert_eq!(ExitReason::from_raw(99).map(ExitReason::name), Some("INIT"));
        assert_eq!(ExitReason::from_raw(100).map(ExitReason::name), Some("VINTR"));
        assert_eq!(ExitReason::from_raw(101).map(ExitReason::name), Some("CR0_SEL_WRITE"));
        assert_eq!(ExitReason::from_raw(102).map(ExitReason::name), Some("IDTR_READ"));
        assert_eq!(ExitReason::from_raw(103).map(ExitReason::name), Some("GDTR_READ"));
        assert_eq!(ExitReason::from_raw(104).map(ExitReason::name), Some("LDTR_READ"));
        assert_eq!(ExitReason::from_raw(105).map(ExitReason::name), Some("TR_READ"));
        assert_eq!(ExitReason::from_raw(106).map(ExitReason::name), Some("IDTR_WRITE"));
        assert_eq!(ExitReason::from_raw(107).map(ExitReason::name), Some("GDTR_WRITE"));
        assert_eq!(ExitReason::from_raw(108).map(ExitReason::name), Some("LDTR_WRITE"));
        assert_eq!(ExitReason::from_raw(109).map(ExitReason::name), Some("TR_WRITE"));
        assert_eq!(ExitReason::from_raw(110).map(ExitReason::name), Some("RDTSC"));
        assert_eq!(ExitReason::from_raw(111).map(ExitReason::name), Some("RDPMC"));
        assert_eq!(ExitReason::from_raw(112).map(ExitReason::name), Some("PUSHF"));
        assert_eq!(ExitReason::from_raw(113).map(ExitReason::name), Some("POPF"));
        assert_eq!(ExitReason::from_raw(114).map(ExitReason::name), Some("CPUID"));
        assert_eq!(ExitReason::from_raw(115).map(ExitReason::name), Some("RSM"));
        assert_eq!(ExitReason::from_raw(116).map(ExitReason::name), Some("IRET"));
        assert_eq!(ExitReason::from_raw(117).map(ExitReason::name), Some("SWINT"));
        assert_eq!(ExitReason::from_raw(118).map(ExitReason::name), Some("INVD"));
        assert_eq!(ExitReason::from_raw(119).map(ExitReason::name), Some("PAUSE"));
        assert_eq!(ExitReason::from_raw(120).map(ExitReason::name), Some("HLT"));
        assert_eq!(ExitReason::from_raw(121).map(ExitReason::name), Some("INVLPG"));
        assert_eq!(ExitReason::from_raw(122).map(ExitReason::name), Some("INVLPGA"));
        assert_eq!(ExitReason::from_raw(123).map(ExitReason::name), Some("IOIO"));
        assert_eq!(ExitReason::from_raw(124).map(ExitReason::name), Some("MSR"));
        assert_eq!(ExitReason::from_raw(125).map(ExitReason::name), Some("TASK_SWITCH"));
        assert_eq!(ExitReason::from_raw(126).map(ExitReason::name), Some("FERR_FREEZE"));
        assert_eq!(ExitReason::from_raw(127).map(ExitReason::name), Some("SHUTDOWN"));
        assert_eq!(ExitReason::from_raw(128).map(ExitReason::name), Some("VMRUN"));
        assert_eq!(ExitReason::from_raw(129).map(ExitReason::name), Some("VMMCALL"));
        assert_eq!(ExitReason::from_raw(130).map(ExitReason::name), Some("VMLOAD"));
        assert_eq!(ExitReason::from_raw(131).map(ExitReason::name), Some("VMSAVE"));
        assert_eq!(ExitReason::from_raw(132).map(ExitReason::name), Some("STGI"));
        assert_eq!(ExitReason::from_raw(133).map(ExitReason::name), Some("CLGI"));
        assert_eq!(ExitReason::from_raw(134).map(ExitReason::name), Some("SKINIT"));
        assert_eq!(ExitReason::from_raw(135).map(ExitReason::name), Some("RDTSCP"));
        assert_eq!(ExitReason::from_raw(136).map(ExitReason::name), Some("ICEBP"));
        assert_eq!(ExitReason::from_raw(137).map(ExitReason::name), Some("WBINVD"));
        assert_eq!(ExitReason::from_raw(138).map(ExitReason::name), Some("MONITOR"));
        assert_eq!(ExitReason::from_raw(139).map(ExitReason::name), Some("MWAIT"));
        assert_eq!(ExitReason::from_raw(140).map(ExitReason::name), Some("MWAIT_CONDITIONAL"));
        assert_eq!(ExitReason::from_raw(141).map(ExitReason::name), Some("XSETBV"));
        assert_eq!(ExitReason::from_raw(142).map(ExitReason::name), Some("RDPRU"));
        assert_eq!(ExitReason::from_raw(143).map(ExitReason::name), Some("EFER_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(144).map(ExitReason::name), Some("CR0_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(145).map(ExitReason::name), Some("CR1_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(146).map(ExitReason::name), Some("CR2_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(147).map(ExitReason::name), Some("CR3_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(148).map(ExitReason::name), Some("CR4_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(149).map(ExitReason::name), Some("CR5_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(150).map(ExitReason::name), Some("CR6_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(151).map(ExitReason::name), Some("CR7_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(152).map(ExitReason::name), Some("CR8_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(153).map(ExitReason::name), Some("CR9_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(154).map(ExitReason::name), Some("CR10_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(155).map(ExitReason::name), Some("CR11_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(156).map(ExitReason::name), Some("CR12_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(157).map(ExitReason::name), Some("CR13_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(158).map(ExitReason::name), Some("CR14_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(159).map(ExitReason::name), Some("CR15_WRITE_TRAP"));
        assert_eq!(ExitReason::from_raw(160).map(ExitReason::name), Some("INVLPGB"));
        assert_eq!(ExitReason::from_raw(161).map(ExitReason::name), Some("INVLPGB_ILLEGAL"));
        assert_eq!(ExitReason::from_raw(162).map(ExitReason::name), Some("INVPCID"));
        assert_eq!(ExitReason::from_raw(163).map(ExitReason::name), Some("MCOMMIT"));
        assert_eq!(ExitReason::from_raw(164).map(ExitReason::name), Some("TLBSYNC"));
        assert_eq!(ExitReason::from_raw(165).map(ExitReason::name), Some("BUSLOCK"));
        assert_eq!(ExitReason::from_raw(166).map(ExitReason::name), Some("IDLE_HLT"));
        assert_eq!(ExitReason::from_raw(1024).map(ExitReason::name), Some("NPF"));
        assert_eq!(ExitReason::from_raw(1025).map(ExitReason::name), Some("AVIC_INCOMPLETE_IPI"));
        assert_eq!(ExitReason::from_raw(1026).map(ExitReason::name), Some("AVIC_NOACCEL"));
        assert_eq!(ExitReason::from_raw(1027).map(ExitReason::name), Some("VMGEXIT"));
        assert_eq!(ExitReason::from_raw(-1).map(ExitReason::name), Some("INVALID"));
        assert_eq!(ExitReason::from_raw(-2).map(ExitReason::name), Some("BUSY"));
        assert_eq!(ExitReason::from_raw(-3).map(ExitReason::name), Some("IDLE_REQUIRED"));
        assert_eq!(ExitReason::from_raw(-4).map(ExitReason::name), Some("INVALID_PMC"));
        assert_eq!(ExitReason::from_raw(167), None);
    }
}
