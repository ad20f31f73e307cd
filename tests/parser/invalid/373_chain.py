'x' ,obj=cls,
