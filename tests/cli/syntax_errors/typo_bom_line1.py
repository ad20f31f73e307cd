whille x: pass
