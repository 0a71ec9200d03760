
#include <vmxgen/vmx.h>

int call_invept(enum vmx_invept_type type, vmx_u64 eptp);
int call_invept(enum vmx_invept_type type, vmx_u64 eptp)
{
	return vmx_invept(type, eptp) != VMX_SUCCEED;
}

int call_invvpid(enum vmx_invvpid_type type, vmx_u16 vpid, vmx_u64 linear_address);
int call_invvpid(enum vmx_invvpid_type type, vmx_u16 vpid, vmx_u64 linear_address)
{
	return vmx_invvpid(type, vpid, linear_address) != VMX_SUCCEED;
}

int call_vmcall(void);
int call_vmcall(void)
{
	return vmx_vmcall() != VMX_SUCCEED;
}

int call_vmclear(vmx_u64 vmcs_pa);
int call_vmclear(vmx_u64 vmcs_pa)
{
	return vmx_vmclear(vmcs_pa) != VMX_SUCCEED;
}

void call_vmfunc(vmx_u32 function, vmx_u32 index);
void call_vmfunc(vmx_u32 function, vmx_u32 index)
{
	vmx_vmfunc(function, index);
}

int call_vmlaunch(void);
int call_vmlaunch(void)
{
	return vmx_vmlaunch() != VMX_SUCCEED;
}

int call_vmptrld(vmx_u64 vmcs_pa);
int call_vmptrld(vmx_u64 vmcs_pa)
{
	return vmx_vmptrld(vmcs_pa) != VMX_SUCCEED;
}

void call_vmptrst(vmx_u64 *vmcs_pa);
void call_vmptrst(vmx_u64 *vmcs_pa)
{
	vmx_vmptrst(vmcs_pa);
}

int call_vmread(unsigned long field, unsigned long *value);
int call_vmread(unsigned long field, unsigned long *value)
{
	return vmx_vmread(field, value) != VMX_SUCCEED;
}

int call_vmresume(void);
int call_vmresume(void)
{
	return vmx_vmresume() != VMX_SUCCEED;
}

int call_vmwrite(unsigned long field, unsigned long value);
int call_vmwrite(unsigned long field, unsigned long value)
{
	return vmx_vmwrite(field, value) != VMX_SUCCEED;
}

int call_vmxoff(void);
int call_vmxoff(void)
{
	return vmx_vmxoff() != VMX_SUCCEED;
}

int call_vmxon(vmx_u64 vmxon_pa);
int call_vmxon(vmx_u64 vmxon_pa)
{
	return vmx_vmxon(vmxon_pa) != VMX_SUCCEED;
}

