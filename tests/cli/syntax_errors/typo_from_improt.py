from os improt path
