if x nto in y: pass
