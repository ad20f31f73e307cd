s = "日本語"; improt os
