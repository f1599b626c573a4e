// iOS (Objective-C++ only): where the app's system sheets come from. Presents a view
// controller over whatever KorteLijn shows now, and one delegate that dismisses the
// message and mail composers and the new-contact screen when the teacher is done.
#pragma once

#import <ContactsUI/ContactsUI.h>
#import <MessageUI/MessageUI.h>
#import <UIKit/UIKit.h>

@interface KLSheetDelegate
    : NSObject <MFMessageComposeViewControllerDelegate, MFMailComposeViewControllerDelegate,
          CNContactViewControllerDelegate>
+ (instancetype)shared;
@end

namespace kl::platform::ios {

// Presents `controller` from the top-most view controller of the key window (as a
// popover from the middle of the screen on iPad). False when there is no window yet.
bool present(UIViewController *controller);

} // namespace kl::platform::ios
