/* LD_PRELOAD shim: every TCP socket a process (and its children) opens gets the congestion control
 * named in KSYNC_TCP_CC. The host's BBR barely reacts to loss, a namespace may only default to the
 * host's allowed list, but a root process may pin any available algorithm per socket; curl has no
 * option for it, so this pins curl, the engine and the platform alike. Built at bench time. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

int socket(int domain, int type, int protocol) {
    static int (*real_socket)(int, int, int);
    if (real_socket == NULL) real_socket = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
    int fd = real_socket(domain, type, protocol);
    const char *cc = getenv("KSYNC_TCP_CC");
    if (fd >= 0 && cc != NULL && (domain == AF_INET || domain == AF_INET6) && (type & 0xf) == SOCK_STREAM)
        setsockopt(fd, IPPROTO_TCP, TCP_CONGESTION, cc, (socklen_t)strlen(cc));
    return fd;
}
