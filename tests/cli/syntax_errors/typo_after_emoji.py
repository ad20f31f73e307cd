x = "🐍"; improt os
