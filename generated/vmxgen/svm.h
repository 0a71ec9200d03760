/* SPDX-License-Identifier: MIT */
/*
 * DO NOT EDIT: generated from the YAML files in spec/ by gen/vmxgen.py
 * (template gen/backends/c/templates/umbrella.h.j2).  Edit the spec and run make.
 */
/*
 * Everything vmxgen generates for AMD SVM, in one include: <vmxgen/svm.h>.
 */
#ifndef VMXGEN_SVM_H
#define VMXGEN_SVM_H

#include <vmxgen/svm_insn.h>
#include <vmxgen/svm_layouts.h>
#include <vmxgen/svm_tables.h>
#include <vmxgen/svm_dump.h>
#include <vmxgen/svm_entry.h>
#include <vmxgen/svm_vmrun_check.h>

#endif /* VMXGEN_SVM_H */
