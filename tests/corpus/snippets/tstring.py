tr"a{b}c" Rt"""
{x}
"""
