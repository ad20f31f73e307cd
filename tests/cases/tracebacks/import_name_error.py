from sys import argvv
