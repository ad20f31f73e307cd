x = 0777 1abc 0x1g 1jx 0o8z
