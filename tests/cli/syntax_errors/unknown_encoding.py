# coding: foobar
x
