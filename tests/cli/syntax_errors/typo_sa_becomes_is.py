with open(f) sa g: pass
