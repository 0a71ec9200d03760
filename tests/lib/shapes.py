# SPDX-License-Identifier: MIT
"""C callers in the shape of real code, one per wrapper: 'goto fail' on
anything but success.  Used by tests/shape.py and bench/success-path.py."""


def shape_c(spec, prefix="vmx_", name_prefix="shape_"):
    out = ["#include <vmxgen/vmx.h>", "", "int vmx_failed(void);", ""]
    for insn in spec.instructions:
        args = ", ".join(name for _, name, _ in insn.params)
        fn = prefix + insn.mnemonic
        name = name_prefix + insn.mnemonic
        out.append("int %s(%s);" % (name, insn.param_list))
        if insn.returns_status:
            out.append("int %s(%s)\n{\n\tif (%s(%s) != VMX_SUCCEED)\n\t\tgoto fail;\n"
                       "\treturn 0;\nfail:\n\treturn vmx_failed();\n}\n"
                       % (name, insn.param_list, fn, args))
        else:
            out.append("int %s(%s)\n{\n\t%s(%s);\n\treturn 0;\n}\n"
                       % (name, insn.param_list, fn, args))
    return "\n".join(out) + "\n"
