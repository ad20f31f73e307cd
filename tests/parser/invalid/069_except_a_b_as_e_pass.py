except A, B as e: pass
