#!/usr/bin/python
# coding: foo
x
