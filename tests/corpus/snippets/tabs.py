	if x:
        	y
