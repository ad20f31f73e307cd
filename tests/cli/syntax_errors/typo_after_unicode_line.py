s = "héllo"
improt os
