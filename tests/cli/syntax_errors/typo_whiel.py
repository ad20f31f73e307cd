whiel x: pass
