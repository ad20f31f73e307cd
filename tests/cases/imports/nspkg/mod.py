NS = "namespace package module"
