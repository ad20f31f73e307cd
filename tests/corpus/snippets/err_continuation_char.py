x\ y
