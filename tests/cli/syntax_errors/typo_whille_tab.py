if x:
	whille y: pass
