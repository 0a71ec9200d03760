# SPDX-License-Identifier: MIT
"""C source that calls every wrapper the spec defines, one function each.

Written from the generator's model, so an instruction added to the spec
is covered by the encoding oracle and the compile matrix with no test edit.
The arguments are the function's own parameters, so the compiler cannot
fold them away.
"""


def caller_name(insn):
    return "call_" + insn.mnemonic


def callers_c(spec, extra_top=""):
    out = [extra_top, "#include <vmxgen/vmx.h>", ""]
    for insn in spec.instructions:
        args = ", ".join(name for _, name, _ in insn.params)
        proto = insn.param_list
        if insn.returns_status:
            out.append("int %s(%s);" % (caller_name(insn), proto))
            out.append("int %s(%s)\n{\n\treturn %s(%s) != VMX_SUCCEED;\n}\n"
                       % (caller_name(insn), proto, insn.function, args))
        else:
            out.append("void %s(%s);" % (caller_name(insn), proto))
            out.append("void %s(%s)\n{\n\t%s(%s);\n}\n"
                       % (caller_name(insn), proto, insn.function, args))
    return "\n".join(out) + "\n"
