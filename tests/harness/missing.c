// SPDX-License-Identifier: MIT
/*
 * Stands in for a harness variant whose compiler configure did not find
 * (-DHARNESS_MISSING=clang): the test skips, saying why.
 */
#include <stdio.h>

#define STR(x) #x
#define XSTR(x) STR(x)

int main(void)
{
	printf("1..0 # SKIP %s not found by configure\n", XSTR(HARNESS_MISSING));
	return 0;
}
