tru: pass
