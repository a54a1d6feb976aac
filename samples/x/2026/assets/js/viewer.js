/* synthetic stand-in for the offline viewer's script */
